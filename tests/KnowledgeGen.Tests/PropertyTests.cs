using System.Globalization;
using System.Text;
using CsCheck;
using KnowledgeGen.Checking;
using KnowledgeGen.Emitting;
using KnowledgeGen.Model;
using KnowledgeGen.Tests.Infrastructure;
using static KnowledgeGen.Tests.Infrastructure.CompiledKnowledgeBase;

namespace KnowledgeGen.Tests;

/// <summary>
/// Random strings in every text field compile with no warning and, in the compiled program, come back equal.
/// Each case is one fact with its own random strings; cases run in batches, one compilation a batch.
/// CI runs a bounded number; set KNOWLEDGEGEN_FUZZ_FACTS to run more (see docs/security.md).
/// </summary>
public class PropertyTests
{
    private const int BatchSize = 50;
    private static readonly LocationInfo Nowhere = LocationInfo.StartOf("/fuzz/facts.yaml");

    /// <summary>An inference that is its reason alone: the text the generated code shows as what a date was inferred from.</summary>
    private static InferenceSpec Reason(string text)
        => new(EquatableArray<LocatedText>.Empty, EquatableArray<IdReference>.Empty, EquatableArray<IdReference>.Empty, text, Nowhere);
    private static readonly int Facts = int.TryParse(Environment.GetEnvironmentVariable("KNOWLEDGEGEN_FUZZ_FACTS"), out int facts) ? facts : 300;

    /// <summary>Text weighted towards what breaks generated code: quotes, backslashes, line breaks of every kind,
    /// comment and XML markup, control characters, unpaired surrogates, bidirectional marks, non-characters.</summary>
    private static readonly Gen<string> AnyText = Gen.Frequency(
            (6, Gen.Char[' ', '~']),
            (3, Gen.Char["\"\\\r\n\u0085\u2028\u2029*/<>&#{}'`$@!-"]),
            (1, Gen.Char['\0', '\u001f']),
            (1, Gen.Char['\uD800', '\uDFFF']),
            (1, Gen.Char["\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\uFEFF\uFFFE\uFFFF\u00A0"]),
            (2, Gen.Char))
        .Array[0, 24]
        .Select(chars => new string(chars));

    /// <summary>
    /// Only what a UTF-8 file can hold: Unicode scalar values, so no unpaired surrogates; and no U+FFFD, which the
    /// generator takes for a byte that was not UTF-8 (KG0006).
    /// </summary>
    private static readonly Gen<string> FileText = AnyText.Select(RepairSurrogates).Select(t => t.Replace('\uFFFD', '?'));

    /// <summary>Every character the generator may join a pool's strings by: printable ASCII and the unit separators.</summary>
    private static readonly string EverySeparator = new(Enumerable.Range(' ', '~' - ' ' + 1).Concat(Enumerable.Range('\u001C', 4)).Select(c => (char)c).ToArray());

    /// <summary>
    /// A data class keeps its strings in constants joined by a character none of them holds; when they hold every
    /// character it may use (one text here holds them all), it writes the strings one by one.
    /// </summary>
    [Fact]
    public void Any_text_in_any_field_round_trips_through_the_emitted_code()
        => AnyText.Array[BatchSize * FieldsPerFact].Select(texts => texts.Select((text, i) => i == 0 ? text + EverySeparator : text).ToArray())
            .Sample(texts => AssertRoundTrip(texts, pooled: false), iter: Math.Max(1, Facts / BatchSize), print: Describe);

    /// <summary>The same texts without one printable character, chosen at random, so that the pool is a constant joined by it or by another one.</summary>
    [Fact]
    public void Any_text_round_trips_through_the_pooled_constant()
        => Gen.Select(
                AnyText.Array[BatchSize * FieldsPerFact],
                Gen.Char["|~^`#@$%&*+=;_<>{}[]()!?/:,'"], // none in the ids, numbers and units the spec adds
                (texts, free) => texts.Select(text => text.Replace(free.ToString(), string.Empty, StringComparison.Ordinal)).ToArray())
            .Sample(texts => AssertRoundTrip(texts, pooled: true), iter: Math.Max(1, Facts / BatchSize), print: Describe);

    private static void AssertRoundTrip(string[] texts, bool pooled)
    {
        FactFileSpec file = BuildSpec(texts);
        var index = CrossFileChecker.Check([CrossFileChecker.Summarize(new CheckedFactFile(file, EquatableArray<DiagnosticInfo>.Empty))], string.Empty).Index;
        var options = new GeneratorOptions("Fuzz.Knowledge", "FuzzFacts", IsPublic: false, ProjectDirectory: "", EquatableArray<DiagnosticInfo>.Empty);
        var context = FactFileContext.None with { Sentences = new[] { new SourceSentences("source", SourceSentences(texts)) }.ToEquatableArray() };
        string code = FactFileEmitter.Emit(file, options, context)!;
        Assert.Equal(pooled, code.Contains("const string KnowledgeGenPool", StringComparison.Ordinal));
        Assert.Equal(pooled, code.Contains("const string KnowledgeGenSentences0", StringComparison.Ordinal)); // the source's sentences hold the first text too
        using CompiledKnowledgeBase compiled = CompiledKnowledgeBase.Load(
            [code, KnowledgeBaseEmitter.EmitSupportTypes(options), KnowledgeBaseEmitter.EmitQueries(index, options)],
            "Fuzz.Knowledge.FuzzFacts");

        foreach (FactSpec fact in file.Facts)
        {
            object loaded = compiled.Fact(fact.Id);
            Assert.Equal(fact.Statement, Get(loaded, "Statement"));
            Assert.Equal(fact.Context, Get(loaded, "Context"));
            object citation = First(Get(loaded, "Citations")!);
            Assert.Equal(fact.Citations[0].Quote, Get(citation, "Quote"));
            Assert.Equal(fact.Citations[0].Sentence, Get(citation, "Sentence"));
            AssertValueEqual(fact.Value, fact.Value is null ? null : Get(loaded, "Value")); // a claim has no Value
        }

        object entity = compiled.Entity("entity");
        Assert.Equal(file.Entities[0].Name, Get(entity, "Name"));
        Assert.Equal(file.Entities[0].Description, Get(entity, "Description"));
        Assert.Equal(file.Entities[0].Aliases[0], First(Get(entity, "Aliases")!));
        object source = compiled.Source("source");
        Assert.Equal(file.Sources[0].Title, Get(source, "Title"));
        Assert.Equal(file.Sources[0].Publisher, Get(source, "Publisher"));
    }

    [Fact]
    public void Any_text_written_in_yaml_round_trips_through_the_generator()
    {
        FileText.Array[BatchSize * 3 + 4].Sample(
            texts =>
            {
                string[] fields = texts.Select(t => t.Trim().Length == 0 ? "x" + t : t).ToArray(); // blank text is a missing field
                var yaml = new StringBuilder(SmallKnowledgeBase.Declarations.Replace("title: Port report", "title: " + YamlQuoted(fields[0]) + "\n    publisher: " + YamlQuoted(fields[1])));
                yaml.Append("\n  - id: fuzzed\n    kind: group\n    name: ").Append(YamlQuoted(fields[2]))
                    .Append("\n    aliases: [").Append(YamlQuoted(fields[3])).Append("]\nfacts:\n");
                for (int i = 0; i < BatchSize; i++)
                {
                    yaml.Append("  - id: fact-").Append(i.ToString(CultureInfo.InvariantCulture))
                        .Append("\n    kind: claim\n    statement: ").Append(YamlQuoted(fields[4 + (3 * i)]))
                        .Append("\n    context: ").Append(YamlQuoted(fields[5 + (3 * i)]))
                        .Append("\n    about: [port]\n    citations:\n      - source: port-report\n        quote: ").Append(YamlQuoted("The port handled 2.5 million containers"))
                        .Append('\n');
                }

                GeneratorResult result = GeneratorHarness.Run(
                    new[] { ("article.txt", SmallKnowledgeBase.Article), ("facts.yaml", yaml.ToString()) }
                        .Select(f => (Microsoft.CodeAnalysis.AdditionalText)new InMemoryAdditionalText("/kb/" + f.Item1, f.Item2)));
                DiagnosticAssert.None(result.GeneratorDiagnostics);
                using CompiledKnowledgeBase compiled = CompiledKnowledgeBase.Load(result.Output, "Test.Knowledge.TestFacts");

                for (int i = 0; i < BatchSize; i++)
                {
                    object fact = compiled.Fact("fact-" + i.ToString(CultureInfo.InvariantCulture));
                    Assert.Equal(fields[4 + (3 * i)], Get(fact, "Statement"));
                    Assert.Equal(fields[5 + (3 * i)], Get(fact, "Context"));
                }

                Assert.Equal(fields[2], Get(compiled.Entity("fuzzed"), "Name"));
                Assert.Equal(fields[3], First(Get(compiled.Entity("fuzzed"), "Aliases")!));
                Assert.Equal(fields[0], Get(compiled.Source("port-report"), "Title"));
                Assert.Equal(fields[1], Get(compiled.Source("port-report"), "Publisher"));
            },
            iter: Math.Max(1, Facts / BatchSize),
            print: Describe);
    }

    private const int FieldsPerFact = 7;

    /// <summary>The source's sentences, taken from the texts: every other fact's citation reads its sentence from them by number.</summary>
    private static EquatableArray<string> SourceSentences(string[] texts) => texts.Take(6).ToEquatableArray();

    /// <summary>A fact file with a fact of each kind in turn, every text field taken from <paramref name="texts"/>.</summary>
    private static FactFileSpec BuildSpec(string[] texts)
    {
        int next = 0;
        string Take() => texts[next++ % texts.Length];
        var none = EquatableArray<FieldLocation>.Empty;
        var facts = new List<FactSpec>();
        FactKind[] kinds = Enum.GetValues<FactKind>();
        for (int i = 0; i < BatchSize; i++)
        {
            FactKind kind = kinds[i % kinds.Length];
            FactValueSpec? value = kind switch
            {
                FactKind.Money => new MoneySpec(12.5m, "USD", Take(), none),
                FactKind.Quantity => new QuantitySpec(3m, Take(), Take(), none),
                FactKind.Percentage => new PercentageSpec(1.8m, Take(), none),
                FactKind.Date => new DateValueSpec(new DateSpec(new PartialDate(2019, 3, 28, DatePrecision.Day), Take(), Nowhere, Reason(Take())), none),
                FactKind.Role => new RoleSpec(new IdReference("entity", Nowhere), Take(), null, none),
                FactKind.Stance => new StanceSpec(new IdReference("entity", Nowhere), Take(), Take(), none),
                FactKind.Event => new EventSpec(Take(), Take(), new DateSpec(new PartialDate(2018, 5, 0, DatePrecision.Month), Take(), Nowhere), none),
                FactKind.Quote => new QuoteSpec(Take(), new IdReference("entity", Nowhere), none),
                FactKind.TradeAction => new TradeActionSpec(
                    new IdReference("entity", Nowhere),
                    new[] { new IdReference("entity", Nowhere) }.ToEquatableArray(),
                    TradeInstrument.Tariff,
                    Take(),
                    Take(),
                    new MoneySpec(50m, "USD", Take(), none, ValueQualifier.Between, 60m),
                    new PercentageSpec(25m, Take(), none, ValueQualifier.Approximately),
                    new DateSpec(new PartialDate(2019, 5, 10, DatePrecision.Day), Take(), Nowhere, Reason(Take())),
                    none),
                _ => null,
            };
            // Every other quote stands in its sentence, which the data class stores as its place there, not as a string;
            // every other sentence is one or two of the source's, which the data class reads by number.
            string quote = Take(), sentence = Take();
            int number = 0, count = 0;
            if (i % 4 >= 2)
            {
                EquatableArray<string> sentences = SourceSentences(texts);
                (number, count) = (1 + (i % 5), 1 + (i % 4 == 3 ? 1 : 0));
                sentence = string.Join(" ", sentences.Skip(number - 1).Take(count));
            }

            if (i % 2 == 1 && sentence.Length > 1)
            {
                quote = sentence.Substring(1, sentence.Length / 2);
            }

            facts.Add(new FactSpec(
                "fact-" + i.ToString(CultureInfo.InvariantCulture),
                Nowhere,
                kind,
                Take(),
                new[] { new IdReference("entity", Nowhere) }.ToEquatableArray(),
                value,
                null,
                Take(),
                new[] { new CitationSpec(new IdReference("source", Nowhere), quote, Nowhere, sentence, Take(), SentenceNumber: number, Verified: count > 0, SentenceCount: count) }.ToEquatableArray(),
                EquatableArray<IdReference>.Empty,
                EquatableArray<IdReference>.Empty));
        }

        var entity = new EntitySpec("entity", Nowhere, EntityKind.Person, Take(), new[] { Take() }.ToEquatableArray(), Take());
        var source = new SourceSpec("source", Nowhere, Take(), "/fuzz/source.txt", Nowhere, Take(), Take(), null, Take(), Nowhere);
        return new FactFileSpec("/fuzz/facts.yaml", new[] { source }.ToEquatableArray(), new[] { entity }.ToEquatableArray(), facts.ToEquatableArray(), EquatableArray<DiagnosticInfo>.Empty);
    }

    private static void AssertValueEqual(FactValueSpec? expected, object? loaded)
    {
        switch (expected)
        {
            case MoneySpec m: Assert.Equal((m.Printed, m.Currency), (loaded!.ToString(), (string)Get(loaded!, "Currency")!)); break;
            case QuantitySpec q: Assert.Equal((q.Unit, q.Printed), ((string)Get(loaded!, "Unit")!, loaded!.ToString())); break;
            case PercentageSpec p: Assert.Equal(p.Printed, loaded!.ToString()); break;
            case DateValueSpec d: Assert.Equal((d.Date.Printed, d.Date.Inferred), ((string?)Get(loaded!, "Printed"), (string?)Get(loaded!, "Inferred"))); break;
            case RoleSpec r: Assert.Equal(r.Position, Get(loaded!, "Position")); break;
            case StanceSpec s: Assert.Equal((s.Topic, s.Position), ((string)Get(loaded!, "Topic")!, (string)Get(loaded!, "Position")!)); break;
            case EventSpec e:
                Assert.Equal((e.What, e.Where), ((string)Get(loaded!, "What")!, (string?)Get(loaded!, "Where")));
                Assert.Equal(e.When!.Printed, Get(Get(loaded!, "When")!, "Printed"));
                break;
            case QuoteSpec q: Assert.Equal(q.Text, Get(loaded!, "Text")); break;
            case TradeActionSpec t:
                Assert.Equal((t.Printed, t.Goods), ((string)Get(loaded!, "Printed")!, (string?)Get(loaded!, "Goods")));
                Assert.Equal((t.Covered!.Printed, t.Covered.Upper), (Get(loaded!, "Covered")!.ToString(), (decimal?)Get(Get(loaded!, "Covered")!, "Upper")));
                Assert.Equal(t.Rate!.Printed, Get(loaded!, "Rate")!.ToString());
                Assert.Equal(t.When!.Inferred, Get(Get(loaded!, "When")!, "Inferred"));
                break;
            default: Assert.Null(loaded); break;
        }
    }

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="text"/>: everything but printable ASCII escaped.</summary>
    private static string YamlQuoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (Rune rune in text.EnumerateRunes())
        {
            if (rune.Value == '"' || rune.Value == '\\')
            {
                quoted.Append('\\').Append((char)rune.Value);
            }
            else if (rune.Value >= 0x20 && rune.Value <= 0x7E)
            {
                quoted.Append((char)rune.Value);
            }
            else
            {
                quoted.Append(rune.IsBmp ? "\\u" + rune.Value.ToString("X4", CultureInfo.InvariantCulture) : "\\U" + rune.Value.ToString("X8", CultureInfo.InvariantCulture));
            }
        }

        return quoted.Append('"').ToString();
    }

    private static string RepairSurrogates(string text)
    {
        var repaired = new StringBuilder(text.Length);
        foreach (Rune rune in text.EnumerateRunes())
        {
            repaired.Append(rune.ToString()); // EnumerateRunes yields U+FFFD for an unpaired surrogate
        }

        return repaired.ToString();
    }

    private static string Describe(string[] texts)
        => string.Join(" | ", texts.Take(8).Select(t => string.Concat(t.Select(c => c < 0x20 || c > 0x7E ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString()))));
}
