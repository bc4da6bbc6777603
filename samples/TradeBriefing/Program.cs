using TradeTalks.Knowledge;
using static TradeTalks.Knowledge.TradeFacts;

// A briefing on the 2018-2019 US-China trade talks, every line backed by the sentence it comes from.
// Nothing here is read at run time: the knowledge base was compiled from facts/ when this program was built.
// Every fact, value and entity is an object of its own type: no cast, no id to look up.

Console.WriteLine("US-China trade talks, 2018-2019: a briefing from the knowledge base");
Console.WriteLine($"{TradeFacts.AllFacts.Count} facts about {TradeFacts.AllEntities.Count} entities, from {TradeFacts.AllSources.Count} articles:");
foreach (Source source in TradeFacts.AllSources)
{
    string published = source.Published is null ? "date unknown" : $"{source.Published.Date}{(source.Published.Inferred is null ? "" : ", inferred")}";
    Console.WriteLine($"  [{source.Id}] {source.Title} ({published}; {source.Facts.Count} facts cite it)");
}

// Which side a stance belongs to is the reader's framing, not a fact of the sources, so it lives here.
Entity[] usSide = [Countries.UnitedStates, Organisations.TrumpAdministration, People.DonaldTrump, People.RobertLighthizer, People.WilburRoss, People.StevenMnuchin];
Entity[] chinaSide = [Countries.China, Organisations.ChineseGovernment, Groups.StateOwnedMedia, People.UnnamedChineseOfficial, People.SeniorChineseOfficial, Groups.SeminarParticipants];

Section("What the United States demanded and threatened");
WriteStances(TradeFacts.StanceFacts.Where(f => usSide.Contains(f.Value.Holder)));
foreach (MoneyFact fact in TradeFacts.MoneyFacts.Where(f => f.About.Count > 0 && usSide.Contains(f.About[0]) && f.Value.Currency == "USD"))
{
    WriteFact(fact);
}

Section("What China offered, demanded and refused");
WriteStances(TradeFacts.StanceFacts.Where(f => chinaSide.Contains(f.Value.Holder)));

Section("Who held which role");
foreach (Entity person in TradeFacts.AllEntities.Where(e => e.Kind == EntityKind.Person))
{
    foreach (RoleFact role in person.Roles)
    {
        string organisation = role.Value.Organisation is null ? "" : $", {role.Value.Organisation.Name}";
        Console.WriteLine($"- {person.Name}: {role.Value.Position}{organisation} ({string.Join(", ", role.Sources.Select(s => s.Id))})");
    }
}

Section("Timeline of meetings, visits and decisions");
foreach (EventFact fact in TradeFacts.EventFacts.OrderBy(f => f.Value.When?.Date))
{
    EventValue @event = fact.Value;
    string inferred = @event.When?.Inferred is null ? "" : " (date inferred)";
    Console.WriteLine($"- {@event.When?.Date}{inferred}: {@event.What}{(@event.Where is null ? "" : $" [{@event.Where}]")}");
    WriteCitations(fact);
}

Section("Figures that were replaced");
foreach (Fact earlier in TradeFacts.AllFacts.Where(f => f.SupersededBy.Count > 0))
{
    Console.WriteLine($"- {earlier.Statement} [{earlier.Value}]");
    foreach (Fact later in earlier.SupersededBy)
    {
        Console.WriteLine($"  replaced by: {later.Statement} [{later.Value}]");
        WriteCitations(later);
    }
}

Section("Where the sources disagree");
var shown = new HashSet<Fact>();
foreach (Fact fact in TradeFacts.AllFacts.Where(f => f.Contradicts.Count > 0 && !shown.Contains(f)))
{
    Console.WriteLine($"- {fact.Statement}");
    WriteCitations(fact);
    foreach (Fact other in fact.Contradicts)
    {
        Console.WriteLine($"  but: {other.Statement}");
        WriteCitations(other);
        shown.Add(other);
    }
}

Section($"Briefing on a person: {People.RobertLighthizer.Name}");
foreach (Fact fact in People.RobertLighthizer.Facts)
{
    WriteFact(fact);
}

Section("What held in May 2018");
foreach (Fact fact in TradeFacts.HoldingBetween(new DateTime(2018, 5, 1), new DateTime(2018, 5, 31)))
{
    WriteFact(fact);
}

Section("Typed constants, checked at compile time");
Console.WriteLine($"- Surplus in 2017: {Money.ChinaGoodsSurplus2017:N0} USD");
// A superseded fact's members are [Obsolete] (CS0618 names its replacement), so the earlier demand is reached
// through the fact that replaced it.
MoneyFact target = TradeFacts.Facts.UsTargetCutSurplus200bn;
foreach (MoneyFact demand in target.Supersedes.OfType<MoneyFact>())
{
    Console.WriteLine($"- Demanded cut, May 2018: {demand.Value.Amount:N0} {demand.Value.Currency}; by June 2018: {target.Value.Amount:N0} {target.Value.Currency}");
}

Console.WriteLine($"- {TradeFacts.Facts.LighthizerHopingNotHopeful.Value.Speaker.Name}, March 2019: \"{Quotes.LighthizerHopingNotHopeful}\"");

static void Section(string title)
{
    Console.WriteLine();
    Console.WriteLine($"== {title} ==");
}

static void WriteStances(IEnumerable<StanceFact> stances)
{
    foreach (StanceFact fact in stances)
    {
        StanceValue stance = fact.Value;
        Console.WriteLine($"- {stance.Holder.Name}, on {stance.Topic}: {stance.Position}");
        WriteCitations(fact);
    }
}

static void WriteFact(Fact fact)
{
    Console.WriteLine($"- {fact.Statement}{(fact.Value is null ? "" : $" [{fact.Value}]")}");
    WriteCitations(fact);
}

static void WriteCitations(Fact fact)
{
    foreach (Citation citation in fact.Citations)
    {
        Console.WriteLine($"    [{citation.Source.Id}] \"{citation.Sentence}\"");
    }
}
