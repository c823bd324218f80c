package cn.policyportal.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.policyportal.structure.DocumentStructure;
import cn.policyportal.structure.Unit;
import cn.policyportal.structure.UnitKind;

/**
 * A document's structure as the indexer stores it, beside its paragraphs. A unit's paragraph is
 * nearly always one of the document's paragraphs or its end (the text after 第十六条), so it is
 * stored as that paragraph's number, or number and offset, and spelt out only when it is neither:
 * the structure then costs a few bytes per unit instead of a second copy of the text.
 */
final class StructureCodec {

    /** How far around the last match a unit's paragraph is looked for before all paragraphs are. */
    private static final int NEARBY = 64;

    /**
     * One unit: kind, path, label, title, number, sub-number, paragraphs (an index, [index, offset]
     * or the text itself) and children.
     */
    record Stored(String k, String p, String l, String t, Integer n, int s, List<Object> x, List<Stored> c) {
    }

    /** What is stored of a whole structure. */
    record StoredStructure(String form, List<Stored> units) {
    }

    private StructureCodec() {
    }

    static String encode(DocumentStructure structure, List<String> paragraphs) {
        Encoder encoder = new Encoder(paragraphs);
        return StoredJson.encode(new StoredStructure(structure.form().name(),
                structure.units().stream().map(encoder::unit).toList()));
    }

    static DocumentStructure decode(String json, List<String> paragraphs) {
        StoredStructure stored = StoredJson.decode(json, StoredStructure.class);
        return new DocumentStructure(DocumentStructure.Form.valueOf(stored.form()),
                stored.units().stream().map(u -> unit(u, paragraphs)).toList());
    }

    private static Unit unit(Stored u, List<String> paragraphs) {
        List<String> text = new ArrayList<>(u.x().size());
        for (Object ref : u.x()) {
            if (ref instanceof Integer whole) {
                text.add(paragraphs.get(whole));
            } else if (ref instanceof List<?> at) {
                text.add(paragraphs.get((Integer) at.get(0)).substring((Integer) at.get(1)));
            } else {
                text.add((String) ref);
            }
        }
        return new Unit(UnitKind.valueOf(u.k()), u.p(), u.l(), u.t(), u.n(), u.s(), text,
                u.c().stream().map(c -> unit(c, paragraphs)).toList());
    }

    /** Finds each unit paragraph among the document's, starting near where the last one was found. */
    private static final class Encoder {
        private final List<String> paragraphs;
        private final Map<String, Integer> whole = new HashMap<>();
        private int last;

        Encoder(List<String> paragraphs) {
            this.paragraphs = paragraphs;
            for (int i = paragraphs.size() - 1; i >= 0; i--) {
                whole.put(paragraphs.get(i), i);
            }
        }

        Stored unit(Unit u) {
            List<Object> text = new ArrayList<>(u.paragraphs().size());
            u.paragraphs().forEach(p -> text.add(reference(p)));
            return new Stored(u.kind().name(), u.path(), u.label(), u.title(), u.number(), u.subNumber(), text,
                    u.children().stream().map(this::unit).toList());
        }

        private Object reference(String paragraph) {
            Integer index = whole.get(paragraph);
            if (index != null) {
                last = index;
                return index;
            }
            int found = endingWith(paragraph, Math.max(0, last - NEARBY), Math.min(paragraphs.size(), last + NEARBY));
            if (found < 0) {
                found = endingWith(paragraph, 0, paragraphs.size());
            }
            if (found < 0 || paragraph.isEmpty()) {
                return paragraph;
            }
            last = found;
            return List.of(found, paragraphs.get(found).length() - paragraph.length());
        }

        private int endingWith(String paragraph, int from, int to) {
            for (int i = from; i < to; i++) {
                if (paragraphs.get(i).endsWith(paragraph)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
