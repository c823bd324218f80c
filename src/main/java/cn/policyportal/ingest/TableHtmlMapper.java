package cn.policyportal.ingest;

import java.util.Locale;

import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;

/**
 * Tika's mapping of HTML to safe XHTML, keeping the {@code rowspan} and {@code colspan} of table
 * cells, which the default drops: without them {@link TableCollector} cannot tell which column a
 * cell of a 分工表 with merged cells stands in.
 */
final class TableHtmlMapper implements HtmlMapper {

    static final HtmlMapper INSTANCE = new TableHtmlMapper();

    private TableHtmlMapper() {
    }

    @Override
    public String mapSafeElement(String name) {
        return DefaultHtmlMapper.INSTANCE.mapSafeElement(name);
    }

    @Override
    public boolean isDiscardElement(String name) {
        return DefaultHtmlMapper.INSTANCE.isDiscardElement(name);
    }

    @Override
    public String mapSafeAttribute(String elementName, String attributeName) {
        String attribute = attributeName.toLowerCase(Locale.ROOT);
        boolean cell = "td".equals(elementName) || "th".equals(elementName);
        if (cell && (attribute.equals("rowspan") || attribute.equals("colspan"))) {
            return attribute;
        }
        return DefaultHtmlMapper.INSTANCE.mapSafeAttribute(elementName, attributeName);
    }
}
