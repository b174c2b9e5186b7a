package org.scholarkg.bench;

import java.util.List;
import java.util.SplittableRandom;

/** Titles, abstracts and topic names for synthetic records, built from a fixed vocabulary. */
final class SyntheticText {

    /** Research topics; name venues, areas and the first words of many titles. */
    static final List<String> TOPICS = List.of("Machine Learning", "Computer Vision", "Natural Language Processing",
            "Graph Neural Networks", "Reinforcement Learning", "Optimization", "Causal Inference",
            "Probabilistic Models", "Information Retrieval", "Databases", "Knowledge Graphs", "Robotics",
            "Speech Recognition", "Computational Biology", "Medical Imaging", "Fairness", "Privacy",
            "Distributed Systems", "Programming Languages", "Software Engineering", "Human-Computer Interaction",
            "Statistics", "Learning Theory", "Data Mining", "Semantic Web", "Computer Graphics", "Security",
            "Quantum Computing", "Bioinformatics", "Climate Modelling");

    private static final List<String> WORDS = List.of("learning", "neural", "networks", "graph", "invariant",
            "equivariant", "representations", "scalable", "efficient", "robust", "inference", "models",
            "generalization", "transformers", "attention", "sparse", "dense", "embedding", "retrieval",
            "knowledge", "reasoning", "causal", "structure", "symmetry", "canonicalization", "perspective",
            "benchmark", "dataset", "evaluation", "training", "optimization", "convergence", "stochastic",
            "gradient", "descent", "kernel", "bayesian", "posterior", "uncertainty", "calibration", "language",
            "vision", "multimodal", "contrastive", "self-supervised", "semi-supervised", "federated",
            "privacy", "fairness", "explanations", "interpretability", "adversarial", "perturbations",
            "molecules", "proteins", "diffusion", "generative", "flows", "sampling", "planning", "control",
            "policies", "agents", "reward", "exploration", "queries", "linked", "data", "ontology", "schema",
            "temporal", "spatial", "dynamics", "physics-informed", "simulation", "approximation", "bounds",
            "theory", "analysis", "framework", "approach", "method", "algorithm", "study", "towards", "beyond",
            "via", "with", "for", "of", "and", "in", "on", "under", "shift", "distribution", "domain",
            "adaptation", "transfer", "meta-learning", "continual", "memory", "compression", "pruning",
            "quantization", "hardware", "accelerators", "clusters", "streaming", "index", "search", "ranking");

    private static final int TITLE_MIN_WORDS = 5;
    private static final int TITLE_EXTRA_WORDS = 10;
    private static final int ABSTRACT_MIN_WORDS = 120;
    private static final int ABSTRACT_EXTRA_WORDS = 160;
    private static final int SENTENCE_MIN_WORDS = 12;
    private static final int SENTENCE_EXTRA_WORDS = 14;

    private SyntheticText() {
    }

    /** A title of 5 to 14 words, capitalised, sometimes with a subtitle. */
    static String title(SplittableRandom random) {
        int words = TITLE_MIN_WORDS + random.nextInt(TITLE_EXTRA_WORDS);
        StringBuilder title = new StringBuilder();
        if (random.nextInt(4) == 0) {
            title.append(TOPICS.get(random.nextInt(TOPICS.size()))).append(": ");
        }
        for (int i = 0; i < words; i++) {
            String word = WORDS.get(random.nextInt(WORDS.size()));
            if (i > 0) {
                title.append(' ');
            }
            title.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        }
        return title.toString();
    }

    /** An abstract of 120 to 280 words in sentences of 12 to 25 words. */
    static String abstractText(SplittableRandom random) {
        int words = ABSTRACT_MIN_WORDS + random.nextInt(ABSTRACT_EXTRA_WORDS);
        StringBuilder text = new StringBuilder(words * 9);
        int left = 0;
        for (int i = 0; i < words; i++) {
            String word = WORDS.get(random.nextInt(WORDS.size()));
            if (left == 0) {
                if (i > 0) {
                    text.append(". ");
                }
                text.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
                left = SENTENCE_MIN_WORDS + random.nextInt(SENTENCE_EXTRA_WORDS);
            } else {
                text.append(' ').append(word);
            }
            left--;
        }
        return text.append('.').toString();
    }

    /** Initials of a topic's words, e.g. "CV" for "Computer Vision". */
    static String initials(String topic) {
        StringBuilder acronym = new StringBuilder();
        for (String word : topic.split("[ -]")) {
            acronym.append(Character.toUpperCase(word.charAt(0)));
        }
        return acronym.toString();
    }
}
