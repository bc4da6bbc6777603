using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace KnowledgeGen
{
    /// <summary>
    /// Every diagnostic the generator reports. IDs are stable: a retired ID is never reused.
    /// Each message says what is wrong and what to do about it.
    /// </summary>
    public static class Diagnostics
    {
        private const string Category = "KnowledgeGen";

        /// <summary>
        /// Where docs/diagnostics/ is published; each ID's page (meaning, a failing example, the fix) is its help
        /// link, which an editor opens from the error list.
        /// </summary>
        public const string HelpLinkBase = "https://github.com/knowledgegen/knowledgegen/blob/main/docs/diagnostics/";

        // KG00xx: the file as YAML.
        public static readonly DiagnosticDescriptor MalformedYaml = Error(
            "KG0001", "Malformed YAML",
            "The file is not valid YAML: {0}. Fix the YAML syntax at this position.");

        public static readonly DiagnosticDescriptor UnsupportedYamlFeature = Error(
            "KG0002", "Unsupported YAML feature",
            "{0} are not allowed in fact files; write the value out in full");

        public static readonly DiagnosticDescriptor LimitExceeded = Error(
            "KG0003", "Fact file too large or too deep",
            "{0}; split the file or flatten the structure");

        public static readonly DiagnosticDescriptor DuplicateKey = Error(
            "KG0004", "Duplicate key",
            "The key '{0}' appears twice in the same mapping; remove or rename one of them");

        public static readonly DiagnosticDescriptor EmptyFile = Warning(
            "KG0005", "Empty fact file",
            "The fact file declares nothing; add 'sources:', 'entities:', 'measures:' or 'facts:', or delete the file");

        public static readonly DiagnosticDescriptor InvalidUtf8 = Error(
            "KG0006", "Fact file not valid UTF-8",
            "The file is not valid UTF-8 here (byte {0} of the text): a byte could not be read as a character, or the file holds the replacement character U+FFFD; save the file as UTF-8 and retype the character");

        // KG001x: fields.
        public static readonly DiagnosticDescriptor UnknownField = Error(
            "KG0010", "Unknown field",
            "Unknown field '{0}' in {1}{3}; expected one of: {2}");

        public static readonly DiagnosticDescriptor MissingField = Error(
            "KG0011", "Missing field",
            "The required field '{0}' is missing from {1}; add it");

        public static readonly DiagnosticDescriptor WrongFieldType = Error(
            "KG0012", "Field has the wrong type",
            "The field '{0}' must be {1}");

        public static readonly DiagnosticDescriptor InvalidId = Error(
            "KG0013", "Invalid id",
            "The id '{0}' is not kebab-case; use lower-case letters and digits joined by single hyphens, such as 'us-china-trade-surplus-2017'");

        public static readonly DiagnosticDescriptor IdTooLong = Error(
            "KG0014", "Id too long",
            "The id is {0} characters long; an id may have at most {1} characters, so shorten it");

        public static readonly DiagnosticDescriptor DateNotInCalendar = Error(
            "KG0015", "Date not in the calendar",
            "The date '{0}' does not exist: {1}; correct the {2}");

        public static readonly DiagnosticDescriptor NumberTooLarge = Error(
            "KG0016", "Number too large",
            "The {0} '{1}' is too large: a number may have at most {2}; check the number, or give it in a larger unit");

        public static readonly DiagnosticDescriptor UnknownCurrency = Error(
            "KG0017", "Unknown currency",
            "'{0}' is not an ISO 4217 currency code{1}; write the three-letter code of the currency, such as USD, EUR or CNY");

        // KG002x: references and identity across files.
        public static readonly DiagnosticDescriptor DuplicateId = Error(
            "KG0020", "Duplicate id",
            "The {0} id '{1}' is already declared at {2}; ids must be unique across all fact files, so this declaration is left out of the generated code: remove it or give it another id");

        public static readonly DiagnosticDescriptor UnknownEntity = Error(
            "KG0021", "Unknown entity",
            "No entity has the id '{0}'{1}; declare it under 'entities:' or correct the id");

        public static readonly DiagnosticDescriptor UnknownSource = Error(
            "KG0022", "Unknown source",
            "No source has the id '{0}'{1}; declare it under 'sources:' or correct the id");

        public static readonly DiagnosticDescriptor UnknownFact = Error(
            "KG0023", "Unknown fact",
            "No fact has the id '{0}'; correct the id in '{1}'");

        public static readonly DiagnosticDescriptor FileIncludedTwice = Error(
            "KG0025", "Fact file included twice",
            "This fact file is already included as '{0}'; include each fact file once");

        public static readonly DiagnosticDescriptor MemberNameCollision = Error(
            "KG0024", "Two ids make one member name",
            "The {0} id '{1}' makes the C# name '{2}', which the id '{3}' at {4} makes too, so this declaration is left out of the generated code; rename one of them");

        // KG003x: sources.
        public static readonly DiagnosticDescriptor SourceFileMissing = Error(
            "KG0030", "Source text not found",
            "The source text '{0}' was not found (looked for '{1}'); put the text file next to the fact files that cite it, or correct the path");

        public static readonly DiagnosticDescriptor SourceHashMismatch = Error(
            "KG0031", "Source text changed",
            "The text of source '{0}' has SHA-256 {1}, not the declared {2}; sources are evidence and must not be edited — restore the original text, or update sha256 if a new text was added on purpose");

        public static readonly DiagnosticDescriptor SourceFileSharedById = Warning(
            "KG0032", "One text, two sources",
            "The source text '{0}' is also declared as source '{1}'; cite one source id per text");

        public static readonly DiagnosticDescriptor SourceTextInvalidUtf8 = Error(
            "KG0033", "Source text not valid UTF-8",
            "The source text '{0}' is not valid UTF-8 at {1}: a byte could not be read as a character, or the text holds the replacement character U+FFFD; save the article as UTF-8 from its original and update sha256");

        // KG004x: quotes and values.
        public static readonly DiagnosticDescriptor QuoteNotFound = Error(
            "KG0040", "Quote not in its source",
            "The quote does not stand in source '{0}' (compared after normalisation); {1}");

        public static readonly DiagnosticDescriptor ValueNotInQuote = Error(
            "KG0041", "Value not in its quote",
            "The {0} '{1}' does not appear in any quote of fact '{2}'; quote the sentence that states it, or correct the value");

        public static readonly DiagnosticDescriptor ValueDisagreesWithPrinted = Error(
            "KG0042", "Value disagrees with its printed text",
            "The {0} {1} does not match the printed text '{2}', which reads as {3}; correct one of them");

        public static readonly DiagnosticDescriptor DateNotPrinted = Error(
            "KG0043", "Date not printed and not marked inferred",
            "The date {0} states a {1} that its printed text '{2}' does not; add 'inferred:' saying what it was worked out from");

        public static readonly DiagnosticDescriptor QuoteCutsWord = Error(
            "KG0044", "Quote cuts a word",
            "The quote {0} the word '{1}' of source '{2}'; begin and end the quote at whole words");

        public static readonly DiagnosticDescriptor QuoteTooShort = Error(
            "KG0045", "Quote too short to carry a claim",
            "The quote has {0} word(s) and {1} letter(s); a quote needs at least {2} words and {3} letters, unless it is a whole sentence, so quote the clause that states the fact");

        public static readonly DiagnosticDescriptor QuoteAmbiguous = Error(
            "KG0046", "Quote stands more than once",
            "The quote stands {0} times in source '{1}': {2}; quote more words so that it stands once, or add 'occurrence: N' to the citation (1 for the first)");

        public static readonly DiagnosticDescriptor QuoteCaseDiffers = Error(
            "KG0047", "Quote differs only in case",
            "The quote differs from source '{0}' only in upper and lower case; the source prints: \"{1}\", so copy its capitals");

        public static readonly DiagnosticDescriptor QuoteSpansParagraphs = Error(
            "KG0048", "Quote spans two paragraphs",
            "The quote runs from one paragraph of source '{0}' into the next (line {1} into line {2}); a quote stays within one paragraph, so split it into two citations");

        public static readonly DiagnosticDescriptor ScaleWordMissing = Error(
            "KG0049", "Scale word left out of the printed text",
            "The printed text '{0}' leaves out '{1}', which follows it in the quote, so it reads as {2}; write printed: {0} {1}, and give the amount in full");

        // KG005x: configuration.
        public static readonly DiagnosticDescriptor InvalidOption = Error(
            "KG0050", "Invalid MSBuild property",
            "The MSBuild property {0} has the value '{1}'; it must be {2}");

        public static readonly DiagnosticDescriptor ClassNameTaken = Error(
            "KG0051", "Class name used by the generated code",
            "The MSBuild property {0} has the value '{1}', a name the knowledge base already gives to one of its own types, groups or members; choose another class name, such as TradeFacts");

        public static readonly DiagnosticDescriptor LanguageVersionTooLow = Error(
            "KG0052", "C# version too old for the knowledge base",
            "The project compiles C# {0}, and the generated knowledge base needs C# 7.3 or later; set <LangVersion>7.3</LangVersion> (or later) in the project file. Nothing is generated meanwhile");
        public static readonly DiagnosticDescriptor KnowledgeBaseFoldersOverlap = Error(
            "KG0053", "Knowledge-base folders overlap",
            "The folder '{0}' of one <KnowledgeBase> lies inside the folder '{1}' of another, so the files in it would belong to both; give each knowledge base a folder of its own, side by side");

        // KG006x: links between facts, and periods.
        public static readonly DiagnosticDescriptor SupersedesCycle = Error(
            "KG0060", "Facts supersede each other in a cycle",
            "The facts supersede each other in a cycle: {0}; a fact supersedes only older facts, so remove the link that points back");

        public static readonly DiagnosticDescriptor FactLinksToItself = Error(
            "KG0061", "Fact links to itself",
            "The fact '{0}' lists itself under '{1}'; remove the link");

        public static readonly DiagnosticDescriptor PeriodReversed = Error(
            "KG0062", "Period ends before it starts",
            "The period starts at {0}, after its end at {1}; swap 'from' and 'to', or correct one of them");

        public static readonly DiagnosticDescriptor DatedAfterItsSources = Error(
            "KG0063", "Fact dated after its sources",
            "The fact '{0}' is dated {1}, after its latest cited source was published ({2}), so no source could report it as done; say what stage it was at then with 'status:' (planned, expected, threatened, proposed or announced), or correct the date");

        public static readonly DiagnosticDescriptor RetiredFactStillDeclared = Error(
            "KG0065", "Retired fact is still declared",
            "The fact '{0}' is retired here, but a fact with that id is declared at {1}; an id that is retired may not be used again, so remove the fact or this retired entry (this entry is left out of the generated code)");

        public static readonly DiagnosticDescriptor UnknownReplacement = Error(
            "KG0066", "Replacement of a retired fact unknown",
            "The retired fact '{0}' names '{1}' as its replacement, but no fact of this knowledge base has that id; name a fact that exists, or leave 'replacement:' out");

        public static readonly DiagnosticDescriptor KnowledgeBaseClassTwice = Error(
            "KG0067", "Two knowledge bases generate one class",
            "The <KnowledgeBase> items '{0}' and '{1}' both generate the class {2}; give each its own ClassName or Namespace");

        // KG007x: whose claim a fact is, what stage and what measure, and every sentence accounted for.
        public static readonly DiagnosticDescriptor StatusOrMeasureMissing = Warning(
            "KG0070", "Fact lacks its status or measure",
            "The fact '{0}' {1}; add '{2}:'");

        public static readonly DiagnosticDescriptor AttributionNotInParagraph = Error(
            "KG0071", "Claimant not named in the quoted paragraph",
            "The fact '{0}' is according to '{1}', but the paragraph of its quote from '{2}' does not name '{3}'; cite the sentence that says whose claim it is, add a 'mention:' for the words that stand for it, or correct 'according-to:'");

        public static readonly DiagnosticDescriptor UnknownMeasure = Error(
            "KG0072", "Unknown measure",
            "The fact '{0}' names the measure '{1}', which {2}; declare the measure under 'measures:', or name the measure this value belongs to");

        public static readonly DiagnosticDescriptor AliasNamesNothingAlone = Warning(
            "KG0073", "Alias that does not identify its entity",
            "The alias '{0}' of '{1}' {2}; remove it, and where a sentence names the entity only so, write 'mention:' on that citation");

        public static readonly DiagnosticDescriptor SupersedesAcrossMeasures = Error(
            "KG0074", "Supersedes a value of another measure",
            "The fact '{0}' measures '{1}' but supersedes '{2}', which measures '{3}'; only a later value of the same measure can supersede one, so remove '{2}' from 'supersedes:' or correct a 'measure:'");

        public static readonly DiagnosticDescriptor UnlinkedValuesOfOneMeasure = Warning(
            "KG0075", "Two values of one measure, unlinked",
            "The fact '{0}' gives {1} for the measure '{2}' over a period that overlaps that of fact '{3}' at {4}, which gives {5}; say which replaces which with 'supersedes:', mark the disagreement with 'contradicts:', or set 'holds:' on both so the periods do not overlap");

        public static readonly DiagnosticDescriptor EntityNotMentioned = Warning(
            "KG0076", "Entity not named where the fact is cited",
            "The fact names '{0}' as {1}, but its quote from '{2}' does not name it in the quoted sentence or an earlier sentence of the paragraph; cite a sentence that names it, add 'mention: {{ {0}: <words> }}' for the words of the sentence that stand for it, or remove it from '{1}'");

        public static readonly DiagnosticDescriptor MentionNotInSentence = Error(
            "KG0077", "Mention not in the quoted sentence",
            "The words '{0}' given as a mention of '{1}' do not stand in the quoted sentence from '{2}'; copy them from the sentence or remove them");

        public static readonly DiagnosticDescriptor SentenceNotAccounted = Warning(
            "KG0078", "Sentence neither cited nor listed",
            "Source '{2}' has sentences that no fact cites and 'not-claims:' does not list ({0} of its {1}), the first being: \"{3}\"; state each one's claims as facts, or list it under 'not-claims:' with the reason it holds none ('knowledgegen coverage' lists them all)");

        public static readonly DiagnosticDescriptor NotClaimMisused = Error(
            "KG0079", "Sentence listed as holding no claim wrongly",
            "The 'not-claims:' entry covers the sentence \"{0}\", which {1}; {2}");

        // issue 25
        public static readonly DiagnosticDescriptor InstrumentNotNamed = Error(
            "KG0080", "Trade instrument not named by its words",
            "The instrument '{0}' is not what the words '{1}' name: they hold none of {2}; correct the instrument, or quote the words of the sentence that name it");

        public static readonly DiagnosticDescriptor SignDisagreesWithWording = Error(
            "KG0081", "Sign of a value disagrees with its verb",
            "The {0} {1} disagrees with the quote: {2}; a fall is a negative number, a rise or a level a positive one");

        public static readonly DiagnosticDescriptor HedgeNotRecorded = Error(
            "KG0082", "Hedge word not recorded in the value",
            "The quote says '{0}' before '{1}', but the value has {2}; write 'qualifier: {3}' so that the number is not read as exact");

        public static readonly DiagnosticDescriptor QualifierNotPrinted = Error(
            "KG0083", "Qualifier the quote does not print",
            "The value says 'qualifier: {0}', but no word of the quote qualifies '{1}'; remove the qualifier, or quote the words that qualify the number");

        public static readonly DiagnosticDescriptor StageInQuoteNotGiven = Error(
            "KG0084", "Stage in the quote not given",
            "The fact '{0}' quotes a sentence that says '{1}', which reports the stage of an action, measure or meeting; add 'status:' with the stage the sentence reports, or 'status: none' and a 'status-reason:' saying why no stage applies to this fact");

        public static readonly DiagnosticDescriptor DateMorePreciseThanWords = Error(
            "KG0085", "Date more precise than its words",
            "The date {0} is a day, but its printed words '{1}' say '{2}', which spans more than one day; give the month or year the words and the publication date allow, and the span as the fact's 'holds:' period");

        // issue 25: inferences that name their evidence; attribution through an introducing sentence; measures that meet.
        public static readonly DiagnosticDescriptor InferenceWithoutEvidence = Error(
            "KG0086", "Inference names no evidence",
            "'inferred:' says '{0}' but names nothing it rests on; write it as a mapping with 'words:' (words of a cited sentence), 'published:' (sources whose publication date it counts from) or 'facts:' (facts it follows from), and keep the text as 'reason:'");

        public static readonly DiagnosticDescriptor InferredWordsNotCited = Error(
            "KG0087", "Inferred from words that are not cited",
            "The inference rests on the words '{0}', which stand in none of {1}; copy the words as the sentence prints them, or cite the sentence that holds them");

        public static readonly DiagnosticDescriptor InferredFromUndatedSource = Error(
            "KG0088", "Inferred from a source with no publication date",
            "The inference counts from the publication date of '{0}', which gives none; give that source 'published:', or name other evidence");

        public static readonly DiagnosticDescriptor IntroducingSentenceUnfit = Error(
            "KG0068", "Introducing sentence not found, not earlier, or naming no claimant",
            "The words given as 'via:' for the fact '{0}' {1}; quote words of the earlier sentence of the same source that says whose claim the quote is, or remove 'via:'");

        public static readonly DiagnosticDescriptor MeasuresMeet = Warning(
            "KG0089", "Two measures whose values meet",
            "{0}, so the two may be one figure counted twice; make them one measure, or say how they differ with 'differs-from: {{ {1}: <how> }}' on the measure '{2}'");

        public static readonly DiagnosticDescriptor UnknownDifferingMeasure = Error(
            "KG0069", "Measure differs from an unknown measure",
            "The measure '{0}' says how it differs from '{1}', which is not a declared measure{2}; correct the id, or remove the entry");

        // issue 23: what a file's path, place or size may be (docs/security.md).
        public static readonly DiagnosticDescriptor UnsafePath = Error(
            KnowledgeBasePaths.UnsafeCharacterId, KnowledgeBasePaths.UnsafeCharacterTitle, KnowledgeBasePaths.UnsafeCharacterMessage);

        public static readonly DiagnosticDescriptor LinkedFile = Error(
            KnowledgeBasePaths.LinkId, KnowledgeBasePaths.LinkTitle, KnowledgeBasePaths.LinkMessage);

        public static readonly DiagnosticDescriptor SourceTextTooLarge = Error(
            "KG0034", "Source text too large",
            "The source text '{0}' has {1} characters, more than the limit of {2}, and is not read; a source is one article, so keep only the article's own text in the file and update sha256");

        public static readonly DiagnosticDescriptor UnreadFile = Warning(
            "KG0054", "File in the knowledge base that nothing reads",
            "'{0}' lies in the knowledge base's folder but {1}, so no check, diff or report shows it; delete it, or declare it as a source");

        // KG009x: the generator itself.
        public static readonly DiagnosticDescriptor InternalError = Error(
            "KG0099", "Fact file could not be processed",
            "KnowledgeGen could not process this file ({0}: {1}); please report it with the file attached");

        /// <summary>Every descriptor above, in ID order; declared last so that the fields it reads are set.</summary>
        public static readonly ImmutableArray<DiagnosticDescriptor> All = typeof(Diagnostics)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => (DiagnosticDescriptor)field.GetValue(null))
            .OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal)
            .ToImmutableArray();

        /// <summary>
        /// An error protects the knowledge base (a quote not in its source, a fact that could not be read or was left
        /// out), so no configuration may lower it: the compiler ignores severity settings for it.
        /// </summary>
        private static DiagnosticDescriptor Error(string id, string title, string message)
            => new DiagnosticDescriptor(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md", customTags: WellKnownDiagnosticTags.NotConfigurable);

        /// <summary>A warning follows the consumer's dotnet_diagnostic.KGnnnn.severity, up to error or down to none.</summary>
        private static DiagnosticDescriptor Warning(string id, string title, string message)
            => new DiagnosticDescriptor(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");
    }
}
