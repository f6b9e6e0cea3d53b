package org.sitrep.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Metadata;
import org.sitrep.model.Quote;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Progress;

/** Quotes and speakers in sentences written the way wire reports are. */
class QuoteExtractorTest {

    private static List<Quote> quotes(String text) throws IOException {
        Path file = Files.createTempFile("sitrep-quote", ".txt");
        try {
            Files.writeString(file, text);
            return Pipeline.standard().analyze(List.of(file), Metadata.NONE, Progress.silent())
                    .documents().get(0).quotes();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Quote direct(List<Quote> quotes, String start) {
        return quotes.stream().filter(q -> q.direct() && q.span().text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no direct quote starting " + start + " in " + quotes));
    }

    @Test
    void heSaidAfterANamedSourceIsThatSource() throws IOException {
        List<Quote> quotes = quotes("""
                Floods cut the main road to the north on Monday.

                The water reached the town overnight, said Mark Henderson, head of the relief agency Aid First.

                “We will have a much better sense in the next few days,” he said.
                """);
        Quote quote = direct(quotes, "We will have");
        assertThat(quote.speaker().name()).isEqualTo("Mark Henderson");
        assertThat(quote.speaker().span().text()).isEqualTo("he");
        assertThat(quote.cueVerb()).isEqualTo("say");
    }

    @Test
    void aCueTheParseLeavesWithoutASubjectIsSaidByTheNounRightBeforeIt() throws IOException {
        List<Quote> quotes = quotes("""
                Rebel-held areas in and around the city are still home to 350,000 people, and aid workers have said they could soon fall to the government.
                """);
        assertThat(quotes).singleElement().satisfies(quote -> {
            assertThat(quote.span().text()).isEqualTo("they could soon fall to the government");
            assertThat(quote.speaker().span().text()).isEqualTo("aid workers");
        });
    }

    @Test
    void aQuoteParagraphWithNoCueIsThePreviousSpeakers() throws IOException {
        List<Quote> quotes = quotes("""
                “The bridge is gone,” said Amina Yusuf, a local official.

                “Nobody can cross until the army brings boats.”
                """);
        assertThat(direct(quotes, "Nobody can cross").speaker().name()).isEqualTo("Amina Yusuf");
    }

    @Test
    void aQuoteSplitByItsCueGivesTheSpeakerToBothParts() throws IOException {
        List<Quote> quotes = quotes("""
                Health Minister John Okello visited the camp on Friday.

                “We need more tents,” he said, adding that the rains would make things worse.
                """);
        assertThat(direct(quotes, "We need more tents").speaker().name()).isEqualTo("John Okello");
        assertThat(quotes).filteredOn(q -> !q.direct() && q.span().text().contains("rains would make"))
                .extracting(q -> q.speaker().name()).containsExactly("John Okello");
    }

    // The next three sentences are from PolNeAR's training articles (AP, Breitbart), where the rules were found.

    @Test
    void aPassiveCueInTheContentDoesNotHideTheReportingClause() throws IOException {
        List<Quote> quotes = quotes("Texas Sen. Ted Cruz says President Barack Obama’s new actions to more tightly"
                + " regulate gun sales aren’t worth the paper they’re written on.\n");
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("Ted Cruz");
            assertThat(q.span().text()).startsWith("President Barack Obama’s new actions").endsWith("written on");
        });
    }

    @Test
    void aTrailingSourceAfterACommaReportsWhatTheParserHungOnItsCue() throws IOException {
        List<Quote> quotes = quotes("Three of the injured suffered cuts and bruises, officials said.\n");
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("officials");
            assertThat(q.span().text()).isEqualTo("Three of the injured suffered cuts and bruises");
        });
    }

    @Test
    void anInstitutionMeasuringAQuakeIsTheSourceOfItsMagnitude() throws IOException {
        List<Quote> quotes = quotes("The European seismology centre measured the tremor at magnitude 5.8.\n");
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.cueVerb()).isEqualTo("measure");
            assertThat(q.speaker().name()).contains("seismology centre");
            assertThat(q.span().text()).contains("magnitude 5.8");
        });
    }

    @Test
    void aReportingClauseParsedAsAClausalSubjectStillReports() throws IOException {
        List<Quote> quotes = quotes("Adelson said much of his discussion with Trump was about Israel.\n");
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("Adelson");
            assertThat(q.span().text()).isEqualTo("much of his discussion with Trump was about Israel");
        });
    }

    @Test
    void coordinatedVerbsShareTheirSubject() throws IOException {
        List<Quote> quotes = quotes("Some in the crowd booed, and when Rubio thanked Miami and said it was great to be"
                + " home, a man yelled “Stay there!”\n");
        assertThat(quotes).filteredOn(q -> q.span().text().startsWith("it was great to be home"))
                .singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Rubio"));
    }

    @Test
    void sayWithWhatTheParserTookForAnObjectStillSaysTheRest() throws IOException {
        List<Quote> quotes = quotes("Senator John McCain says the Republican populist movement that’s sweeping the"
                + " country and boosting candidates including Donald Trump in the 2016 presidential race appeals to"
                + " the bad angels of our nature.\n");
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("John McCain");
            assertThat(q.span().text()).startsWith("the Republican populist movement").endsWith("of our nature");
        });
    }

    @Test
    void aHeadlineNameAndColonSaysWhoSaysTheRest() throws IOException {
        List<Quote> quotes = quotes("""
                The administration will take in more refugees next year.

                Kerry: By law, the president every fiscal year sets the maximum number of refugees the United States can accept in a year.

                12:50 p.m.: The hearing resumed after a break.
                """);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("Kerry");
            assertThat(q.span().text()).startsWith("By law, the president").endsWith("can accept in a year");
        });
    }

    @Test
    void aHeadingInQuoteMarksIsNotAQuote() throws IOException {
        List<Quote> quotes = quotes("""
                The army said it had taken the hill.

                – ‘Roads on the brink’ –

                Trucks waited at the crossing for a second day.
                """);
        assertThat(quotes).noneMatch(q -> q.span().text().contains("Roads on the brink"));
    }

    @Test
    void aSingleQuotedWordIsAQuoteOnlyWhenSomeoneIsSaidToHaveSaidIt() throws IOException {
        List<Quote> quotes = quotes("""
                Residents now call the district the “zone” and stay indoors.

                The governor dismissed the report as “baseless”.
                """);
        assertThat(quotes).noneMatch(q -> q.direct() && q.span().text().equals("zone"));
        assertThat(direct(quotes, "baseless").cueVerb()).isEqualTo("dismiss");
    }

    @Test
    void accordingToNamesTheSourceOfTheRestOfTheSentence() throws IOException {
        List<Quote> quotes = quotes("At least 40 people died in the blast, according to the health ministry.\n");
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.cueVerb()).isEqualTo("according to");
            assertThat(q.span().text()).isEqualTo("At least 40 people died in the blast");
            assertThat(q.speaker().span().text()).isEqualTo("the health ministry");
        });
    }

    @Test
    void theChainGoesFromTheSpeakerToTheOrganisationTheTextTiesThemTo() throws IOException {
        List<Quote> quotes = quotes("UNICEF spokeswoman Marixie Mercado said 3,000 children had crossed the river.\n");
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("Marixie Mercado");
            assertThat(q.attributionChain()).startsWith("Marixie Mercado", "UNICEF");
        });
    }

    // The next five are from PolNeAR's training articles (Breitbart, New York Times, Politico), where the rules were
    // found.

    @Test
    void anEndorsementIsAStanceOfTheEndorserNotAQuote() throws IOException {
        List<Quote> quotes = quotes("Morton Blackwell, the conservative icon who founded the Leadership Institute in 1979,"
                + " has endorsed Sen. Ted Cruz for president.\n");
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(Quote.Kind.STANCE);
            assertThat(q.direct()).isFalse();
            assertThat(q.cueVerb()).isEqualTo("endorse");
            assertThat(q.speaker().name()).isEqualTo("Morton Blackwell");
            assertThat(q.span().text()).isEqualTo("Sen. Ted Cruz for president");
        });
    }

    @Test
    void aCueNounAttributesWhatItsOwnerCalledFor() throws IOException {
        List<Quote> quotes = quotes("Trump's call for a temporary ban on Muslims entering the United States drew"
                + " criticism from both parties.\n");
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(Quote.Kind.STANCE);
            assertThat(q.cueVerb()).isEqualTo("call");
            assertThat(q.speaker().span().text()).isEqualTo("Trump");
            assertThat(q.span().text()).isEqualTo("a temporary ban on Muslims entering the United States");
        });
    }

    @Test
    void twoApostrophesMarkAQuoteAsTheNewYorkTimesArchiveWritesThem() throws IOException {
        List<Quote> quotes = quotes("''I don't know too many home-schoolers that aren't politically aware or active on"
                + " some level,'' said Amy Deace, who was named last week as a leader of Mr. Cruz's home-school"
                + " coalition.\n");
        Quote deace = direct(quotes, "I don't know too many home-schoolers");
        assertThat(deace.kind()).isEqualTo(Quote.Kind.DIRECT);
        assertThat(deace.speaker().name()).isEqualTo("Amy Deace");
        assertThat(deace.span().text()).endsWith("on some level,");
    }

    @Test
    void aCueEndingInAColonIntroducesTheQuoteInTheNextParagraph() throws IOException {
        List<Quote> quotes = quotes("""
                Ted Cruz turned on the moderators. Cruz continued:

                “How about talking about the substantive issues people care about?”
                """);
        Quote cruz = direct(quotes, "How about talking");
        assertThat(cruz.cueVerb()).isEqualTo("continue");
        assertThat(cruz.speaker().name()).isEqualTo("Ted Cruz");
    }

    @Test
    void aQuoteEndingWithAQuestionMarkIsSaidByTheReportingClauseAfterIt() throws IOException {
        List<Quote> quotes = quotes("""
                Alexandra Iampaglia still lives with her parents.

                "Who wants to live at home at 29?" she said. "I don't."
                """);
        Quote question = direct(quotes, "Who wants to live at home");
        assertThat(question.cueVerb()).isEqualTo("say");
        assertThat(question.speaker().span().text()).isEqualTo("she");
    }

    // The next seven are from PolNeAR's training articles (Washington Post, HuffPost, New York Times, USA Today).

    /** The direct quote starting {@code start} in {@code text} has the cue and the speaker given. */
    private static void assertQuotedBy(String text, String start, String cue, String speaker) throws IOException {
        Quote quote = direct(quotes(text), start);
        assertThat(quote.cueVerb()).isEqualTo(cue);
        assertThat(quote.speaker().name()).isEqualTo(speaker);
    }

    @Test
    void aCueInsideAQuoteDoesNotHideTheReportingClauseAfterIt() throws IOException {
        assertQuotedBy("\"It's according to age groups,\" said Mattie Thomas, 66, a retired fast-food worker who lives"
                + " in Lake City, about 25 miles south of Florence.\n", "It's according to age groups", "say",
                "Mattie Thomas");
    }

    @Test
    void aTrailingReportingParticipleIsASecondStatementOfTheSameSpeaker() throws IOException {
        List<Quote> quotes = quotes("Trump argued that a database would keep people from coming into the country"
                + " illegally, saying it’s “all about management.”\n");
        assertThat(quotes).filteredOn(q -> q.cueVerb().equals("argue")).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("Trump");
            assertThat(q.span().text()).endsWith("into the country illegally");
        });
        assertThat(quotes).filteredOn(q -> q.span().text().contains("all about management"))
                .isNotEmpty().allSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("Trump"));
    }

    /** {@code text} holds one quote: by the source written {@code source}, with this cue, from start to end. */
    private static void assertOnlyQuote(String text, String source, String cue, String start, String end)
            throws IOException {
        assertThat(quotes(text)).singleElement().satisfies(q -> {
            assertThat(q.cueVerb()).isEqualTo(cue);
            assertThat(q.speaker().span().text()).isEqualTo(source);
            assertThat(q.span().text()).startsWith(start).endsWith(end);
        });
    }

    @Test
    void asXReportedAttributesTheClauseItModifies() throws IOException {
        assertOnlyQuote("(As BuzzFeed News first reported, Mr. Trump voiced support for the campaign in a 2002"
                + " discussion with the radio host Howard Stern.)\n", "BuzzFeed News", "report",
                "Mr. Trump voiced support", "Howard Stern");
    }

    @Test
    void aCueRightAfterAClosedQuoteReportsItWhateverTheParse() throws IOException {
        assertQuotedBy("\"I'm voting for anyone but Hillary,\" declared Alyssa Van Wagenen, 29, of Meridian, Ind.\n",
                "I'm voting for anyone but Hillary", "declare", "Alyssa Van Wagenen");
    }

    @Test
    void anIfClauseOfAskIsTheQuestionNotACondition() throws IOException {
        List<Quote> quotes = quotes("During an interview this week, HuffPost asked the 2016 Democratic White House"
                + " contender if he’s been preparing himself mentally for the possibility that he could become"
                + " president.\n");
        assertThat(quotes).filteredOn(q -> q.cueVerb().equals("ask")).singleElement().satisfies(q -> {
            assertThat(q.speaker().span().text()).isEqualTo("HuffPost");
            assertThat(q.span().text()).startsWith("if he’s been preparing himself mentally");
        });
    }

    @Test
    void whatAPollShowsIsItsObjectAndWhatFollows() throws IOException {
        assertOnlyQuote("A CNN/ORC poll showed Mr. Trump leading Mr. Cruz nationally, 45 percent to 18 percent, among"
                + " white evangelical voters.\n", "A CNN/ORC poll", "show", "Mr. Trump leading Mr. Cruz",
                "white evangelical voters");
    }

    @Test
    void agreeingOrSidingWithSomeoneIsAStance() throws IOException {
        List<Quote> quotes = quotes("When given the option, Sanders sided with the anti-immigrant right. And a slew of"
                + " RNC leaders agree with his assessment.\n");
        assertThat(quotes).extracting(q -> q.speaker().span().text(), Quote::cueVerb, Quote::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Sanders", "side", Quote.Kind.STANCE),
                org.assertj.core.groups.Tuple.tuple("a slew of RNC leaders", "agree", Quote.Kind.STANCE));
    }
}
