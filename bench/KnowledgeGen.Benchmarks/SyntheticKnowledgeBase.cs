using System.Globalization;
using System.Text;
using KnowledgeGen.Checking;

namespace KnowledgeGen.Benchmarks;

/// <summary>
/// A synthetic knowledge base of any size, realistic in shape: source articles of 200 sentences each, entities,
/// and facts of several kinds spread over a number of fact files, each quoting part of a sentence that stands
/// in its source and holding a value that stands in its quote. Every quote verifies. Each sentence's revenue and
/// its growth are a measure of their own, so every number has a declared measure, no two values of one measure
/// disagree, and no two values of one source meet (KG0089).
/// </summary>
public static class SyntheticKnowledgeBase
{
    private const int SentencesPerSource = 200;
    private static readonly string[] Kinds = ["money", "percentage", "quote", "role", "date"];
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    /// <summary>The files, as (relative path, text): facts/sources/*.txt, facts/sources.yaml, facts/entities.yaml, facts/measures.yaml, facts/part-NNN.yaml.</summary>
    public static IReadOnlyList<(string Path, string Text)> Create(int factCount, int factFiles = 100)
    {
        int sourceCount = Math.Max(5, factCount / 1000);
        int people = Math.Max(20, factCount / 200);
        int organisations = Math.Max(20, factCount / 200);
        var files = new List<(string Path, string Text)>();

        var sources = new StringBuilder("sources:\n");
        for (int s = 0; s < sourceCount; s++)
        {
            string text = SourceText(s, people, organisations);
            string name = "source-" + N(s);
            files.Add(("facts/sources/" + name + ".txt", text));
            sources.Append("  - id: ").Append(name).Append("\n    file: sources/").Append(name).Append(".txt\n    title: Synthetic article ")
                .Append(N(s)).Append("\n    sha256: ").Append(SourceDocument.ComputeSha256(text)).Append('\n');
        }

        files.Add(("facts/sources.yaml", sources.ToString()));

        var entities = new StringBuilder("entities:\n");
        for (int p = 0; p < people; p++)
        {
            entities.Append("  - id: person-").Append(N(p)).Append("\n    kind: person\n    name: ").Append(Person(p)).Append('\n');
        }

        for (int o = 0; o < organisations; o++)
        {
            entities.Append("  - id: org-").Append(N(o)).Append("\n    kind: organisation\n    name: ").Append(Organisation(o)).Append('\n');
        }

        files.Add(("facts/entities.yaml", entities.ToString()));

        var measures = new StringBuilder("measures:\n");
        for (int sentence = 0; sentence * 5 < factCount; sentence++)
        {
            measures.Append("  - id: revenue-").Append(N(sentence)).Append("\n    description: Revenue.\n    unit: USD\n  - id: growth-")
                .Append(N(sentence)).Append("\n    description: Revenue growth.\n    unit: percent\n");
        }

        files.Add(("facts/measures.yaml", measures.ToString()));

        var parts = new StringBuilder[factFiles];
        for (int f = 0; f < factFiles; f++)
        {
            parts[f] = new StringBuilder("facts:\n");
        }

        for (int i = 0; i < factCount; i++)
        {
            int sentence = i / 5;
            int source = sentence / SentencesPerSource % sourceCount;
            int line = sentence % SentencesPerSource;
            AppendFact(parts[i % factFiles], i, i % 5, source, line, people, organisations);
        }

        for (int f = 0; f < factFiles; f++)
        {
            files.Add(("facts/part-" + N(f) + ".yaml", parts[f].ToString()));
        }

        return files;
    }

    /// <summary>Writes the knowledge base under <paramref name="directory"/>.</summary>
    public static void WriteTo(string directory, int factCount, int factFiles = 100)
    {
        foreach ((string path, string text) in Create(factCount, factFiles))
        {
            string full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(false));
        }
    }

    private static string SourceText(int source, int people, int organisations)
    {
        var text = new StringBuilder();
        for (int line = 0; line < SentencesPerSource; line++)
        {
            (int org, int person, decimal amount, decimal percent, int day, int month, int year) = Values(source, line, people, organisations);
            text.Append("On ").Append(Months[month - 1]).Append(' ').Append(day).Append(", ").Append(year).Append(" the ").Append(Organisation(org))
                .Append(" reported revenue of $").Append(Money(amount)).Append(" million, up ").Append(Money(percent)).Append(" per cent, and ")
                .Append(Person(person)).Append(" said \u201Cgrowth will continue in region ").Append(line).Append(".\u201D ")
                .Append(Person(person)).Append(" is chief executive of the ").Append(Organisation(org)).Append(".\n");
        }

        return text.ToString();
    }

    private static void AppendFact(StringBuilder yaml, int i, int kind, int source, int line, int people, int organisations)
    {
        (int org, int person, decimal amount, decimal percent, int day, int month, int year) = Values(source, line, people, organisations);
        string sourceId = "source-" + N(source);
        yaml.Append("  - id: ").Append(FactId(i)).Append('\n');
        switch (kind)
        {
            case 0:
                Fact(yaml, "money", $"The {Organisation(org)} reported revenue of ${Money(amount)} million.", org, person);
                yaml.Append("    value: { amount: ").Append(Money(amount * 1_000_000m)).Append(", currency: USD, printed: $").Append(Money(amount)).Append(" million }\n");
                yaml.Append("    measure: revenue-").Append(N(i / 5)).Append('\n');
                Cite(yaml, sourceId, $"the {Organisation(org)} reported revenue of ${Money(amount)} million");
                break;
            case 1:
                Fact(yaml, "percentage", $"Revenue of the {Organisation(org)} rose {Money(percent)} per cent.", org, person);
                yaml.Append("    value: { percent: ").Append(Money(percent)).Append(", printed: ").Append(Money(percent)).Append(" per cent }\n");
                yaml.Append("    measure: growth-").Append(N(i / 5)).Append('\n');
                Cite(yaml, sourceId, $"reported revenue of ${Money(amount)} million, up {Money(percent)} per cent");
                break;
            case 2:
                Fact(yaml, "quote", $"{Person(person)} said growth would continue in region {line}.", org, person);
                yaml.Append("    value: { text: growth will continue in region ").Append(line).Append(", speaker: person-").Append(N(person)).Append(" }\n");
                Cite(yaml, sourceId, $"{Person(person)} said \"growth will continue in region {line}.\"");
                break;
            case 3:
                Fact(yaml, "role", $"{Person(person)} is chief executive of the {Organisation(org)}.", org, person);
                yaml.Append("    value: { person: person-").Append(N(person)).Append(", position: chief executive, organisation: org-").Append(N(org)).Append(" }\n");
                Cite(yaml, sourceId, $"{Person(person)} is chief executive of the {Organisation(org)}.");
                break;
            default:
                Fact(yaml, "date", $"The {Organisation(org)} reported on {day} {Months[month - 1]} {year}.", org, person);
                yaml.Append("    value: { date: ").Append(year).Append('-').Append(month.ToString("D2", CultureInfo.InvariantCulture)).Append('-')
                    .Append(day.ToString("D2", CultureInfo.InvariantCulture)).Append(", printed: \"").Append(Months[month - 1]).Append(' ').Append(day).Append(", ").Append(year).Append("\" }\n");
                yaml.Append("    holds: ").Append(year).Append('\n');
                Cite(yaml, sourceId, $"On {Months[month - 1]} {day}, {year} the {Organisation(org)}");
                break;
        }
    }

    private static void Fact(StringBuilder yaml, string kind, string statement, int org, int person)
        => yaml.Append("    kind: ").Append(kind).Append("\n    statement: \"").Append(statement).Append("\"\n    about: [org-").Append(N(org)).Append(", person-").Append(N(person)).Append("]\n");

    private static void Cite(StringBuilder yaml, string source, string quote)
        => yaml.Append("    citations:\n      - source: ").Append(source).Append("\n        quote: '").Append(quote.Replace("'", "''")).Append("'\n");

    /// <summary>The values of one sentence, derived from its position so that sources and facts agree.</summary>
    private static (int Org, int Person, decimal Amount, decimal Percent, int Day, int Month, int Year) Values(int source, int line, int people, int organisations)
    {
        int seed = (source * SentencesPerSource) + line;
        return (
            seed % organisations,
            (seed * 7) % people,
            // Within a source no two amounts or rates meet (KG0089): whole millions apart, each to the hundred thousand,
            // too large for two to add up to a third; rates 0.1 apart, each to the hundredth.
            500.1m + (seed % 400),
            1.01m + (seed % 300) / 10m,
            1 + (seed % 28),
            1 + (seed % 12),
            2000 + (seed % 25));
    }

    /// <summary>A fact's id: as long as the trade knowledge base's ids (28 characters on average), kind first.</summary>
    public static string FactId(int i) => "synthetic-" + Kinds[i % 5] + "-fact-" + N(i);

    private static string Person(int p) => "Person " + Letters(p) + " Smith";

    private static string Organisation(int o) => "Company " + Letters(o) + " Holdings";

    /// <summary>Letters rather than digits in names, so that a name never contains a figure the checks read.</summary>
    private static string Letters(int n)
    {
        var letters = new StringBuilder();
        do
        {
            letters.Insert(0, (char)('A' + (n % 26)));
            n /= 26;
        }
        while (n > 0);
        return letters.ToString();
    }

    private static string Money(decimal value) => value.ToString("0.0###", CultureInfo.InvariantCulture);

    private static string N(int n) => n.ToString("D5", CultureInfo.InvariantCulture);
}
