using TradeTalks.Knowledge;

// A briefing on the 2018-2019 US-China trade talks, every line backed by the sentence it comes from.
// Nothing here is read at run time: the knowledge base was compiled from facts/ when this program was built.

Console.WriteLine("US-China trade talks, 2018-2019: a briefing from the knowledge base");
Console.WriteLine($"{TradeFacts.All.Count} facts about {TradeFacts.AllEntities.Count} entities, from {TradeFacts.AllSources.Count} articles:");
foreach (Source source in TradeFacts.AllSources)
{
    string published = source.Published is null ? "date unknown" : $"{source.Published.Date}{(source.Published.Inferred is null ? "" : ", inferred")}";
    Console.WriteLine($"  [{source.Id}] {source.Title} ({published}; {TradeFacts.CitedIn(source).Count} facts cite it)");
}

// Which side a stance belongs to is the reader's framing, not a fact of the sources, so it lives here.
string[] usSide = ["united-states", "trump-administration", "donald-trump", "robert-lighthizer", "wilbur-ross", "steven-mnuchin"];
string[] chinaSide = ["china", "chinese-government", "state-owned-media", "unnamed-chinese-official", "senior-chinese-official", "seminar-participants"];

Section("What the United States demanded and threatened");
WriteStances(TradeFacts.OfKind(FactKind.Stance).Where(f => usSide.Contains(((StanceValue)f.Value!).HolderId)));
foreach (Fact fact in TradeFacts.OfKind(FactKind.Money).Where(f => f.Id.StartsWith("us-", StringComparison.Ordinal) && !f.Id.EndsWith("-in-aud", StringComparison.Ordinal)))
{
    WriteFact(fact);
}

Section("What China offered, demanded and refused");
WriteStances(TradeFacts.OfKind(FactKind.Stance).Where(f => chinaSide.Contains(((StanceValue)f.Value!).HolderId)));

Section("Who held which role");
foreach (Entity person in TradeFacts.AllEntities.Where(e => e.Kind == EntityKind.Person))
{
    foreach (Fact fact in TradeFacts.RolesOf(person))
    {
        var role = (RoleValue)fact.Value!;
        string organisation = role.OrganisationId is null ? "" : $", {TradeFacts.FindEntity(role.OrganisationId)?.Name}";
        Console.WriteLine($"- {person.Name}: {role.Position}{organisation} ({string.Join(", ", fact.SourceIds)})");
    }
}

Section("Timeline of meetings, visits and decisions");
foreach (Fact fact in TradeFacts.OfKind(FactKind.Event).OrderBy(f => ((EventValue)f.Value!).When?.Date))
{
    var @event = (EventValue)fact.Value!;
    string inferred = @event.When?.Inferred is null ? "" : " (date inferred)";
    Console.WriteLine($"- {@event.When?.Date}{inferred}: {@event.What}{(@event.Where is null ? "" : $" [{@event.Where}]")}");
    WriteCitations(fact);
}

Section("Figures that were replaced");
foreach (Fact earlier in TradeFacts.All.Where(f => TradeFacts.SupersededBy(f.Id).Count > 0))
{
    Console.WriteLine($"- {earlier.Statement} [{earlier.Value}]");
    foreach (Fact later in TradeFacts.SupersededBy(earlier.Id))
    {
        Console.WriteLine($"  replaced by: {later.Statement} [{later.Value}]");
        WriteCitations(later);
    }
}

Section("Where the sources disagree");
foreach (Fact fact in TradeFacts.All.Where(f => f.Contradicts.Count > 0))
{
    Console.WriteLine($"- {fact.Statement}");
    WriteCitations(fact);
    foreach (Fact other in TradeFacts.Contradicting(fact.Id))
    {
        Console.WriteLine($"  but: {other.Statement}");
        WriteCitations(other);
    }
}

Section($"Briefing on a person: {TradeFacts.People.RobertLighthizer.Name}");
foreach (Fact fact in TradeFacts.About(TradeFacts.People.RobertLighthizer))
{
    WriteFact(fact);
}

Section("What held in May 2018");
foreach (Fact fact in TradeFacts.HoldingBetween(new DateTime(2018, 5, 1), new DateTime(2018, 5, 31)))
{
    WriteFact(fact);
}

Section("Typed constants, checked at compile time");
Console.WriteLine($"- Surplus in 2017: {TradeFacts.Money.ChinaGoodsSurplus2017:N0} USD");
Console.WriteLine($"- Demanded cut, May 2018: {TradeFacts.Money.UsDemandCutSurplus100bn:N0} USD; by June 2018: {TradeFacts.Money.UsTargetCutSurplus200bn:N0} USD");
Console.WriteLine($"- Lighthizer, March 2019: \"{TradeFacts.Quotes.LighthizerHopingNotHopeful}\"");

static void Section(string title)
{
    Console.WriteLine();
    Console.WriteLine($"== {title} ==");
}

static void WriteStances(IEnumerable<Fact> stances)
{
    foreach (Fact fact in stances)
    {
        var stance = (StanceValue)fact.Value!;
        Console.WriteLine($"- {TradeFacts.FindEntity(stance.HolderId)?.Name}, on {stance.Topic}: {stance.Position}");
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
        Console.WriteLine($"    [{citation.SourceId}] \"{citation.Sentence}\"");
    }
}
