using TradeTalks.Knowledge;
using static TradeTalks.Knowledge.TradeFacts;

// A briefing on the 2018-2019 US-China trade talks, every line backed by the sentence it comes from.
// Nothing here is read at run time: the knowledge base was compiled from facts/ when this program was built.
// Every fact, value and entity is an object of its own type: no cast, no id to look up. Each fact is printed
// once, in the first section it belongs to, and a section with nothing to say is left out.

var briefing = new Briefing();
Console.WriteLine("US-China trade talks, 2018-2019: a briefing from the knowledge base");
Console.WriteLine($"{AllFacts.Count} facts about {AllEntities.Count} entities, from {AllSources.Count} articles:");
foreach (Source source in AllSources)
{
    string published = source.Published is null ? "date unknown" : $"{source.Published.Date}{(source.Published.Inferred is null ? "" : ", inferred")}";
    Console.WriteLine($"  {Briefing.Title(source)} ({source.Publisher ?? "publisher unknown"}, {published}; {source.Facts.Count} facts cite it)");
}

// Which side a stance belongs to is the reader's framing, not a fact of the sources, so it lives here.
Entity[] usSide = [Countries.UnitedStates, Organisations.TrumpAdministration, People.DonaldTrump, People.RobertLighthizer, People.WilburRoss, People.StevenMnuchin];
Entity[] chinaSide = [Countries.China, Organisations.ChineseGovernment, Groups.StateOwnedMedia, People.UnnamedChineseOfficial, People.SeniorChineseOfficial, Groups.SeminarParticipants];

briefing.Section(
    "What the United States demanded and threatened",
    FactsOf<StanceFact>().Where(f => usSide.Contains(f.Value.Holder)).Cast<Fact>()
        .Concat(FactsOf<MoneyFact>().Where(f => f.About.Count > 0 && usSide.Contains(f.About[0]) && f.Value.Currency == "USD")));
briefing.Section("What China offered, demanded and refused", FactsOf<StanceFact>().Where(f => chinaSide.Contains(f.Value.Holder)));
briefing.Section("Who held which role", AllEntities.Where(e => e.Kind == EntityKind.Person).SelectMany(person => person.Roles));
briefing.Section("Timeline of meetings, visits and decisions", FactsOf<EventFact>().OrderBy(f => f.Value.When?.Date));
briefing.Section("Figures that were replaced", AllFacts.Where(f => f.SupersededBy.Count > 0).SelectMany(f => f.SupersededBy.Prepend(f)));
briefing.Section("Where the sources disagree", AllFacts.Where(f => f.Contradicts.Count > 0));
briefing.Section($"Briefing on a person: {People.RobertLighthizer.Name}", People.RobertLighthizer.Facts);
briefing.Section("What held in May 2018", HoldingBetween(new DateTime(2018, 5, 1), new DateTime(2018, 5, 31)));

// Two figures of two different measures: an immediate demand and a later target, not one replacing the other.
Console.WriteLine();
Console.WriteLine("== Two demands, two measures ==");
foreach (MoneyFact figure in new[] { Facts.UsDemandCutSurplus100bn, Facts.UsTargetCutSurplus200bn })
{
    Console.WriteLine($"- {figure.Measure?.Description.TrimEnd('.')}: {figure.Value} ({figure.Status?.ToString().ToLowerInvariant()})");
}

QuoteFact hoping = Facts.LighthizerHopingNotHopeful;
Console.WriteLine($"- {hoping.Value.Speaker.Name}, March 2019: {Briefing.Quoted(hoping.Value.Text)}");

/// <summary>Prints facts by section, each fact once, with the sentences that prove it.</summary>
internal sealed class Briefing
{
    private readonly HashSet<Fact> _printed = [];

    /// <summary>The section's facts not printed before; nothing at all when none is left.</summary>
    public void Section(string title, IEnumerable<Fact> facts)
    {
        List<Fact> fresh = facts.Where(f => !_printed.Contains(f)).Distinct().ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine($"== {title} ==");
        foreach (Fact fact in fresh)
        {
            _printed.Add(fact);
            Console.WriteLine($"- {Describe(fact)}");
            foreach (Citation citation in fact.Citations)
            {
                Console.WriteLine($"    {Quoted(citation.Sentence)} ({Title(citation.Source)}, paragraph {citation.Paragraph})");
            }
        }
    }

    /// <summary>A source's title in words: the labels the fact files put in brackets ("[No headline printed]") read as a note.</summary>
    public static string Title(Source source)
    {
        string title = source.Title;
        if (!title.StartsWith('[') || title.IndexOf(']') is not (> 0 and var end))
        {
            return title;
        }

        string label = title[1..end].Trim();
        return $"{title[(end + 1)..].Trim()} ({char.ToLowerInvariant(label[0])}{label[1..]})";
    }

    /// <summary>Text in quotation marks, unless it already opens or closes with one.</summary>
    public static string Quoted(string text)
        => text.Length > 0 && "\"\u201C\u2018'".Contains(text[0]) || text.EndsWith('"') || text.EndsWith('\u201D')
            ? text
            : $"\u201C{text}\u201D";

    private static string Describe(Fact fact) => fact switch
    {
        StanceFact stance => $"{stance.Value.Holder.Name}, on {stance.Value.Topic}: {stance.Value.Position}",
        RoleFact role => $"{role.Value.Person.Name}: {role.Value.Position}{(role.Value.Organisation is null ? "" : $", {role.Value.Organisation.Name}")}",
        EventFact happened => $"{happened.Value.When?.Date.ToString() ?? "date unknown"}{(happened.Value.When?.Inferred is null ? "" : " (date inferred)")}: {happened.Value.What}{Place(happened.Value.Where)}",
        MoneyFact money => $"{fact.Statement} ({money.Value})",
        QuantityFact quantity => $"{fact.Statement} ({quantity.Value})",
        PercentageFact percentage => $"{fact.Statement} ({percentage.Value})",
        _ => fact.Statement,
    };

    /// <summary>Where an event happened; a dateline printed in capitals ("BEIJING") is written as a place name.</summary>
    private static string Place(string? where)
        => where is null ? "" : where.ToUpperInvariant() == where
            ? $", in {System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(where.ToLowerInvariant())} (the article's dateline)"
            : $", in {where}";
}
