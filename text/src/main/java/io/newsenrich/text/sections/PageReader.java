package io.newsenrich.text.sections;

import io.newsenrich.text.SplitArticle;
import java.util.List;

/**
 * Reads the sections of one copied page: lines are classified by their own cues, then the page structure decides what
 * the cues leave open (which line is the headline, whether a standfirst stands under it, whether a name-only line
 * is a byline, which credit belongs to which caption). Linear in the length of the text.
 */
public final class PageReader {

    private PageReader() {
    }

    public static SplitArticle read(String raw) {
        List<PageLine> lines = RepeatedLines.firstOccurrences(LineScanner.scan(raw));
        SummaryBoxes.drop(lines, raw);
        VideoBoxes.drop(lines);
        Polls.drop(lines);
        Appeals.mark(lines);
        PromoBoxes.mark(lines);
        Captions.attachCredits(lines, raw);
        LinkLists.extendRelatedLists(lines, raw);
        int logo = Publishers.topLogo(lines);
        int headline = Headlines.find(lines);
        Authors.resolve(lines, headline);
        Footer.drop(lines, headline);
        Captions.readInText(lines, headline);
        FurnitureDates.drop(lines);
        PullQuotes.drop(lines);
        String publisher = Publishers.find(lines, logo == headline ? -1 : logo);
        OutletLabels.drop(lines, headline, publisher);
        int standfirst = Standfirsts.find(lines, headline);
        LinkLists.readLinkCards(lines, headline);
        StrayLabels.drop(lines, headline, standfirst);
        return ArticleAssembler.assemble(lines, headline, standfirst, publisher);
    }
}
