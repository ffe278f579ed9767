package io.newsenrich.text.sections;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.model.Caption;
import io.newsenrich.model.Sections;
import io.newsenrich.text.SectionSplitter;
import io.newsenrich.text.Span;
import io.newsenrich.text.SplitArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants that hold for any input, including text that is no article and text made of page furniture. */
class SplitPropertiesTest {

    private static final List<String> FURNITURE = List.of("Photograph: Jane Doe/Reuters", "REUTERS/Jane Doe",
            "(AP Photo/Jane Doe)", "Getty Images", "Image source, Getty Images", "Image caption, ", "© AFP ", "By ",
            "Reporting by Jane Doe; Editing by John Smith", "Opens in new window ]", "Read more: ", "Related posts",
            "Sign up to our newsletter", "Join us on WhatsApp", " is a correspondent for The Example Times",
            "LONDON (Reuters) - ", "2 hours ago", "Advertisement", "Jane Doe", "[", "]", "(", ")", "\u2022 ", "- ",
            " | Picture", "Posted by ", "From ", " (middle)", "In \"News\"", "Follow ", "Home / ");

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> words = Arbitraries.strings().withChars("abcXYZ .,:;!?'\"\u2019\u201C\u201D/|-\u00A0")
                .ofMaxLength(30);
        Arbitrary<String> pieces = Arbitraries.oneOf(words, Arbitraries.of(FURNITURE),
                Arbitraries.of("\n", "\r\n", "\r", "\n\n", " ", "\u00A0"));
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }

    @Property(tries = 400)
    void spansHoldExactlyTheFigureBearingSectionsInTextOrder(@ForAll("pages") String raw) {
        SplitArticle split = new SectionSplitter().split(raw);
        CorpusSectionsTest.assertSpansMatchSections(raw, split, raw);
        int end = 0;
        for (Span span : split.spans()) {
            assertThat(span.start()).isGreaterThanOrEqualTo(end).isLessThan(span.end());
            end = span.end();
        }
    }

    /** Samples the properties once found: a credit whose segment is only the picture's word, a bare opener. */
    @Example
    void aBarredPictureWordAndABareOpenerAreRead() {
        String raw = "\u00a9 Example | Picture\nBy |\n";
        sectionTextsAreTrimmedAndNonEmpty(raw);
        spansHoldExactlyTheFigureBearingSectionsInTextOrder(raw);
    }

    @Property(tries = 400)
    void sectionTextsAreTrimmedAndNonEmpty(@ForAll("pages") String raw) {
        Sections sections = new SectionSplitter().split(raw).sections();
        List<String> texts = new ArrayList<>(sections.body());
        texts.addAll(sections.related());
        texts.addAll(sections.promos());
        texts.addAll(sections.byline());
        sections.captions().stream().map(Caption::text).forEach(texts::add);
        Stream.of(sections.headline(), sections.standfirst(), sections.authorBio(), sections.publisher())
                .filter(text -> text != null).forEach(texts::add);
        assertThat(texts).allSatisfy(text -> {
            assertThat(text).isNotEmpty();
            assertThat(Cues.strip(text)).isEqualTo(text);
        });
        assertThat(sections.byline()).doesNotHaveDuplicates();
    }
}
