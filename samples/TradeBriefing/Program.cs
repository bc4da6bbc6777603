using TradeTalks.Knowledge;

// A briefing on the 2018-2019 US-China trade talks, every line backed by the sentence it comes from.
// Nothing here is read at run time: the knowledge base was compiled from facts/ when this program was built.

Console.WriteLine($"US-China trade talks: {TradeFacts.All.Count} facts from {TradeFacts.AllSources.Count} sources");
Console.WriteLine();

Section("The money at stake");
foreach (Fact fact in TradeFacts.OfKind(FactKind.Money))
{
    WriteFact(fact);
}

Section("Who held which role");
foreach (Fact fact in TradeFacts.OfKind(FactKind.Role))
{
    var role = (RoleValue)fact.Value!;
    Console.WriteLine($"- {TradeFacts.FindEntity(role.PersonId)?.Name}: {role.Position}");
    WriteCitations(fact);
}

Section("Meetings and visits");
foreach (Fact fact in TradeFacts.OfKind(FactKind.Event))
{
    var @event = (EventValue)fact.Value!;
    Console.WriteLine($"- {@event.When?.Date} {@event.What} ({@event.Where})");
    WriteCitations(fact);
}

Section("In their own words");
foreach (Fact fact in TradeFacts.OfKind(FactKind.Quote))
{
    var quote = (QuoteValue)fact.Value!;
    Console.WriteLine($"- {TradeFacts.FindEntity(quote.SpeakerId)?.Name}: \"{quote.Text}\"");
    WriteCitations(fact);
}

Section($"A person: {TradeFacts.People.RobertLighthizer.Name}");
foreach (Fact fact in TradeFacts.About(TradeFacts.People.RobertLighthizer))
{
    WriteFact(fact);
}

Section("Holding in May 2018");
foreach (Fact fact in TradeFacts.HoldingBetween(new DateTime(2018, 5, 1), new DateTime(2018, 5, 31)))
{
    WriteFact(fact);
}

Section("Typed constants");
Console.WriteLine($"- TradeFacts.Money.ChinaGoodsSurplus2017 = {TradeFacts.Money.ChinaGoodsSurplus2017:N0} (decimal, a compile-time constant)");

static void Section(string title)
{
    Console.WriteLine();
    Console.WriteLine($"== {title} ==");
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
        Console.WriteLine($"    \"{citation.Sentence}\" ({citation.Source.Title})");
    }
}
