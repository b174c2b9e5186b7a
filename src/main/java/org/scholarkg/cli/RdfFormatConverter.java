package org.scholarkg.cli;

import org.scholarkg.rdf.RdfFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code -f FORMAT} by the format's command-line name. */
final class RdfFormatConverter implements ITypeConverter<RdfFormat> {
    @Override
    public RdfFormat convert(String value) {
        try {
            return RdfFormat.fromLabel(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
