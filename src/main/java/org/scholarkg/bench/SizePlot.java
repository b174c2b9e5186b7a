package org.scholarkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The plot of time against size for convert and load, ScholarKG beside its references, drawn from the
 * result lines of the convert and load benchmarks as a PNG (log-log axes).
 */
public final class SizePlot {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 560;

    /** What each plotted line shows: a benchmark's value of seconds, under a legend. */
    private record Line(String benchmark, String legend, String secondsKey, String rateKey) {
    }

    private static final List<Line> LINES = List.of(
            new Line(ConvertBenchmark.NAME, "convert, both passes (check, then read again and convert)", null,
                    "triples_per_s_with_read"),
            new Line(ConvertBenchmark.NAME, "convert pass only (read again and convert)", "convert_s", null),
            new Line(ConvertBenchmark.NAME, "Rio N-Triples writer alone (ceiling)", null, "ceiling_triples_per_s"),
            new Line(LoadBenchmark.NAME, "load into TDB2 (ScholarKG, check pass excluded)", "load_s", null),
            new Line(LoadBenchmark.NAME, "Jena TDB2 bulk loader, same N-Quads", "jena_bulk_s", null));

    /**
     * Writes the plot.
     *
     * @param figures result lines; for each benchmark and size the last one counts
     * @return the number of lines drawn
     */
    public int write(List<BenchFigure> figures, Path png) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("ScholarKG: time against size").xAxisTitle("papers").yAxisTitle("seconds").build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        int drawn = 0;
        for (Line line : LINES) {
            Map<Long, Double> seconds = new TreeMap<>();
            for (BenchFigure f : figures) {
                if (!f.benchmark().equals(line.benchmark())) {
                    continue;
                }
                double value = line.secondsKey() != null ? f.number(line.secondsKey())
                        : f.number("triples") / f.number(line.rateKey());
                if (!Double.isNaN(value) && value > 0) {
                    seconds.put(f.size(), value);
                }
            }
            if (seconds.isEmpty()) {
                continue;
            }
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            seconds.entrySet().stream().sorted(Comparator.comparing(Map.Entry::getKey)).forEach(e -> {
                xs.add(e.getKey().doubleValue());
                ys.add(e.getValue());
            });
            XYSeries series = chart.addSeries(line.legend(), xs, ys);
            series.setMarker(SeriesMarkers.CIRCLE);
            drawn++;
        }
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return drawn;
    }
}
