namespace KnowledgeGen.Emitting
{
    /// <summary>
    /// The types every knowledge base uses: facts, values, citations, sources, entities and dates, nested in the
    /// knowledge-base class so that no name of the consumer's can meet them. Written for C# 7.3 (the default
    /// of netstandard2.0 projects). Tokens replaced by <see cref="KnowledgeBaseEmitter"/>: <c>KB::</c> by the
    /// fully qualified knowledge-base class and a dot, so that no member named like a type (an entity called
    /// "Source", say) can hide it; <c>/*?*/</c> and <c>/*!*/</c> by nullable annotations where the language
    /// version has them; GENERATED_CODE by the [GeneratedCode] attribute. The typed fact classes, one per kind,
    /// are written by the emitter.
    /// </summary>
    internal static class SupportTypesTemplate
    {
        public const string Text = @"
/// <summary>What a fact's value is.</summary>
GENERATED_CODE
public enum FactKind
{
    /// <summary>A statement with no typed value: <see cref=""KB::ClaimFact""/>.</summary>
    Claim,
    /// <summary>An amount of money: <see cref=""KB::MoneyFact""/>.</summary>
    Money,
    /// <summary>A count or measure with a unit: <see cref=""KB::QuantityFact""/>.</summary>
    Quantity,
    /// <summary>A percentage: <see cref=""KB::PercentageFact""/>.</summary>
    Percentage,
    /// <summary>A date: <see cref=""KB::DateFact""/>.</summary>
    Date,
    /// <summary>A person holding a position: <see cref=""KB::RoleFact""/>.</summary>
    Role,
    /// <summary>Who holds which position on what: <see cref=""KB::StanceFact""/>.</summary>
    Stance,
    /// <summary>Something that happened, where and when: <see cref=""KB::EventFact""/>.</summary>
    Event,
    /// <summary>Words spoken or written by someone: <see cref=""KB::QuoteFact""/>.</summary>
    Quote,
    /// <summary>A trade action, who does what to whom: <see cref=""KB::TradeActionFact""/>.</summary>
    TradeAction,
}

/// <summary>What an entity is.</summary>
GENERATED_CODE
public enum EntityKind
{
    /// <summary>A person.</summary>
    Person,
    /// <summary>A government body, company, newspaper owner or other organisation.</summary>
    Organisation,
    /// <summary>A country.</summary>
    Country,
    /// <summary>A city or other place.</summary>
    Place,
    /// <summary>A plan, policy or programme.</summary>
    Programme,
    /// <summary>A newspaper, broadcaster or other publication.</summary>
    Publication,
    /// <summary>A group of people or organisations.</summary>
    Group,
}

/// <summary>The stage an action, measure or meeting is at, as the cited sentence reports it: a threat is not an imposed tariff.</summary>
GENERATED_CODE
public enum FactStatus
{
    /// <summary>Threatened.</summary>
    Threatened,
    /// <summary>Proposed.</summary>
    Proposed,
    /// <summary>Announced.</summary>
    Announced,
    /// <summary>Planned.</summary>
    Planned,
    /// <summary>Imposed.</summary>
    Imposed,
    /// <summary>In force.</summary>
    InForce,
    /// <summary>Suspended.</summary>
    Suspended,
    /// <summary>Cancelled.</summary>
    Cancelled,
    /// <summary>Expected.</summary>
    Expected,
    /// <summary>Denied.</summary>
    Denied,
    /// <summary>Held (a meeting that took place).</summary>
    Held,
    /// <summary>Promised (a commitment made, not yet carried out).</summary>
    Promised,
}

/// <summary>What a trade action does. A tariff threat is a <see cref=""Tariff""/> whose status is <see cref=""KB::FactStatus.Threatened""/>.</summary>
GENERATED_CODE
public enum TradeInstrument
{
    /// <summary>A tariff or duty on goods.</summary>
    Tariff,
    /// <summary>A restriction or ban on imports or on selling in the actor's market.</summary>
    ImportRestriction,
    /// <summary>A control on exports or on selling to the target.</summary>
    ExportControl,
    /// <summary>A restriction on investment.</summary>
    InvestmentRestriction,
    /// <summary>A commitment to buy.</summary>
    PurchaseCommitment,
}

/// <summary>How exact a number is as its source prints it; a number without one is exact.</summary>
GENERATED_CODE
public enum ValueQualifier
{
    /// <summary>About the number (""roughly"", ""some"").</summary>
    Approximately,
    /// <summary>The number or more (""at least"").</summary>
    AtLeast,
    /// <summary>Above the number (""more than"").</summary>
    MoreThan,
    /// <summary>The number or less (""up to"", ""at most"").</summary>
    AtMost,
    /// <summary>Below the number (""less than"", ""almost"").</summary>
    LessThan,
    /// <summary>A range from the number to its upper end.</summary>
    Between,
}

/// <summary>How much of a <see cref=""KB::FactDate""/> is known.</summary>
GENERATED_CODE
public enum DatePrecision
{
    /// <summary>Only the year.</summary>
    Year,
    /// <summary>The year and month.</summary>
    Month,
    /// <summary>The year, month and day.</summary>
    Day,
}

/// <summary>A calendar date known to a year, a month or a day.</summary>
GENERATED_CODE
public readonly struct FactDate : global::System.IEquatable<KB::FactDate>, global::System.IComparable<KB::FactDate>
{
    internal FactDate(int year, int month, int day, KB::DatePrecision precision)
    {
        Year = year;
        Month = month;
        Day = day;
        Precision = precision;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month, 1 to 12, or 0 when only the year is known.</summary>
    public int Month { get; }

    /// <summary>The day of the month, or 0 when the day is not known.</summary>
    public int Day { get; }

    /// <summary>How much of the date is known.</summary>
    public KB::DatePrecision Precision { get; }

    /// <summary>The first day the date covers.</summary>
    public global::System.DateTime Start => new global::System.DateTime(Year, Precision == KB::DatePrecision.Year ? 1 : Month, Precision == KB::DatePrecision.Day ? Day : 1);

    /// <summary>The last day the date covers.</summary>
    public global::System.DateTime End => Precision == KB::DatePrecision.Year
        ? new global::System.DateTime(Year, 12, 31)
        : Precision == KB::DatePrecision.Month ? new global::System.DateTime(Year, Month, global::System.DateTime.DaysInMonth(Year, Month)) : Start;

    /// <summary>True when <paramref name=""other""/> is the same date at the same precision.</summary>
    public bool Equals(KB::FactDate other) => Year == other.Year && Month == other.Month && Day == other.Day && Precision == other.Precision;

    /// <inheritdoc/>
    public override bool Equals(object/*?*/ obj) => obj is KB::FactDate && Equals((KB::FactDate)obj);

    /// <inheritdoc/>
    public override int GetHashCode() => (((Year * 13) + Month) * 32) + Day;

    /// <summary>Orders dates by year, then month, then day.</summary>
    public int CompareTo(KB::FactDate other)
    {
        int byYear = Year.CompareTo(other.Year);
        if (byYear != 0)
        {
            return byYear;
        }

        int byMonth = Month.CompareTo(other.Month);
        return byMonth != 0 ? byMonth : Day.CompareTo(other.Day);
    }

    /// <summary>The date as yyyy, yyyy-MM or yyyy-MM-dd.</summary>
    public override string ToString() => Precision == KB::DatePrecision.Year
        ? Year.ToString(""D4"", global::System.Globalization.CultureInfo.InvariantCulture)
        : Precision == KB::DatePrecision.Month
            ? string.Format(global::System.Globalization.CultureInfo.InvariantCulture, ""{0:D4}-{1:D2}"", Year, Month)
            : string.Format(global::System.Globalization.CultureInfo.InvariantCulture, ""{0:D4}-{1:D2}-{2:D2}"", Year, Month, Day);

    /// <summary>True when both are the same date at the same precision.</summary>
    public static bool operator ==(KB::FactDate left, KB::FactDate right) => left.Equals(right);

    /// <summary>True when the dates differ.</summary>
    public static bool operator !=(KB::FactDate left, KB::FactDate right) => !left.Equals(right);
}

/// <summary>The time a fact holds for; either end may be open.</summary>
GENERATED_CODE
public sealed class FactPeriod
{
    internal FactPeriod(KB::FactDate? from, KB::FactDate? to, string/*?*/ inferred)
    {
        From = from;
        To = to;
        Inferred = inferred;
    }

    /// <summary>The first date the fact holds for, or null if open.</summary>
    public KB::FactDate? From { get; }

    /// <summary>The last date the fact holds for, or null if open.</summary>
    public KB::FactDate? To { get; }

    /// <summary>Where the period was worked out rather than printed, what it was worked out from.</summary>
    public string/*?*/ Inferred { get; }

    /// <summary>True when the period covers the day of <paramref name=""moment""/>.</summary>
    public bool Contains(global::System.DateTime moment) => Overlaps(moment, moment);

    /// <summary>True when the period shares at least one day with the range from <paramref name=""from""/> to <paramref name=""to""/>.</summary>
    public bool Overlaps(global::System.DateTime from, global::System.DateTime to)
        => (From == null || to.Date >= From.Value.Start) && (To == null || from.Date <= To.Value.End);

    /// <summary>The period as from..to.</summary>
    public override string ToString() => (From == null ? """" : From.Value.ToString()) + "".."" + (To == null ? """" : To.Value.ToString());
}

/// <summary>The typed value of a fact; its subclass depends on the fact's <see cref=""KB::FactKind""/>.</summary>
GENERATED_CODE
public abstract class FactValue
{
    internal FactValue()
    {
    }

    /// <summary>Points the value's references at the entities they name; run once, when the knowledge base is first used.</summary>
    internal virtual void KnowledgeGenLink(KB::KnowledgeGenLookup<KB::Entity> entities)
    {
    }

    /// <summary>The entity with the id; null only for an id the build has reported as unknown.</summary>
    internal static KB::Entity/*?*/ Find(KB::KnowledgeGenLookup<KB::Entity> entities, string/*?*/ id) => entities.Find(id);
}

/// <summary>An amount of money.</summary>
GENERATED_CODE
public sealed class MoneyValue : KB::FactValue
{
    internal MoneyValue(decimal amount, string currency, string printed, KB::ValueQualifier? qualifier, decimal? upper)
    {
        Qualifier = qualifier;
        Upper = upper;
        Amount = amount;
        Currency = currency;
        Printed = printed;
    }

    /// <summary>The amount in units of <see cref=""Currency""/>.</summary>
    public decimal Amount { get; }

    /// <summary>The ISO 4217 currency code.</summary>
    public string Currency { get; }

    /// <summary>The amount as printed in the source.</summary>
    public string Printed { get; }

    /// <summary>How exact <see cref=""Amount""/> is as printed; null where it is exact.</summary>
    public KB::ValueQualifier? Qualifier { get; }

    /// <summary>The upper end where <see cref=""Qualifier""/> is <see cref=""KB::ValueQualifier.Between""/>; otherwise null.</summary>
    public decimal? Upper { get; }

    /// <summary>The amount and currency.</summary>
    public override string ToString() => Amount.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "" "" + Currency;
}

/// <summary>A count or measure with its unit.</summary>
GENERATED_CODE
public sealed class QuantityValue : KB::FactValue
{
    internal QuantityValue(decimal amount, string unit, string printed, KB::ValueQualifier? qualifier, decimal? upper)
    {
        Qualifier = qualifier;
        Upper = upper;
        Amount = amount;
        Unit = unit;
        Printed = printed;
    }

    /// <summary>The number.</summary>
    public decimal Amount { get; }

    /// <summary>What is counted or measured.</summary>
    public string Unit { get; }

    /// <summary>The quantity as printed in the source.</summary>
    public string Printed { get; }

    /// <summary>How exact <see cref=""Amount""/> is as printed; null where it is exact.</summary>
    public KB::ValueQualifier? Qualifier { get; }

    /// <summary>The upper end where <see cref=""Qualifier""/> is <see cref=""KB::ValueQualifier.Between""/>; otherwise null.</summary>
    public decimal? Upper { get; }

    /// <summary>The number and unit.</summary>
    public override string ToString() => Amount.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "" "" + Unit;
}

/// <summary>A percentage.</summary>
GENERATED_CODE
public sealed class PercentageValue : KB::FactValue
{
    internal PercentageValue(decimal percent, string printed, KB::ValueQualifier? qualifier, decimal? upper)
    {
        Qualifier = qualifier;
        Upper = upper;
        Percent = percent;
        Printed = printed;
    }

    /// <summary>The percentage: 1.8 means 1.8%.</summary>
    public decimal Percent { get; }

    /// <summary>The percentage as printed in the source.</summary>
    public string Printed { get; }

    /// <summary>How exact <see cref=""Percent""/> is as printed; null where it is exact.</summary>
    public KB::ValueQualifier? Qualifier { get; }

    /// <summary>The upper end where <see cref=""Qualifier""/> is <see cref=""KB::ValueQualifier.Between""/>; otherwise null.</summary>
    public decimal? Upper { get; }

    /// <summary>The percentage with a % sign.</summary>
    public override string ToString() => Percent.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + ""%"";
}

/// <summary>A date.</summary>
GENERATED_CODE
public sealed class DateValue : KB::FactValue
{
    internal DateValue(KB::FactDate date, string/*?*/ printed, string/*?*/ inferred)
    {
        Date = date;
        Printed = printed;
        Inferred = inferred;
    }

    /// <summary>The date.</summary>
    public KB::FactDate Date { get; }

    /// <summary>The date as printed in the source, if it is printed.</summary>
    public string/*?*/ Printed { get; }

    /// <summary>Where part of the date is not printed, what it was worked out from.</summary>
    public string/*?*/ Inferred { get; }

    /// <summary>The date as yyyy, yyyy-MM or yyyy-MM-dd.</summary>
    public override string ToString() => Date.ToString();
}

/// <summary>A person holding a position.</summary>
GENERATED_CODE
public sealed class RoleValue : KB::FactValue
{
    private readonly string _personId;
    private readonly string/*?*/ _organisationId;
    private KB::Entity _person = null/*!*/;
    private KB::Entity/*?*/ _organisation;

    internal RoleValue(string personId, string position, string/*?*/ organisationId)
    {
        _personId = personId;
        Position = position;
        _organisationId = organisationId;
    }

    /// <summary>The person.</summary>
    public KB::Entity Person => _person;

    /// <summary>The position as the source names it.</summary>
    public string Position { get; }

    /// <summary>The organisation the position is in, if the source names one.</summary>
    public KB::Entity/*?*/ Organisation => _organisation;

    /// <summary>The person, position and organisation, by name.</summary>
    public override string ToString() => Person.Name + "": "" + Position + (Organisation == null ? """" : "" ("" + Organisation.Name + "")"");

    internal override void KnowledgeGenLink(KB::KnowledgeGenLookup<KB::Entity> entities)
    {
        _person = Find(entities, _personId)/*!*/;
        _organisation = Find(entities, _organisationId);
    }
}

/// <summary>Who holds which position on what.</summary>
GENERATED_CODE
public sealed class StanceValue : KB::FactValue
{
    private readonly string _holderId;
    private KB::Entity _holder = null/*!*/;

    internal StanceValue(string holderId, string topic, string position)
    {
        _holderId = holderId;
        Topic = topic;
        Position = position;
    }

    /// <summary>The entity holding the stance.</summary>
    public KB::Entity Holder => _holder;

    /// <summary>What the stance is on.</summary>
    public string Topic { get; }

    /// <summary>The position taken.</summary>
    public string Position { get; }

    /// <summary>The holder's name, the topic and the position.</summary>
    public override string ToString() => Holder.Name + "" on "" + Topic + "": "" + Position;

    internal override void KnowledgeGenLink(KB::KnowledgeGenLookup<KB::Entity> entities)
        => _holder = Find(entities, _holderId)/*!*/;
}

/// <summary>Something that happened, where and when.</summary>
GENERATED_CODE
public sealed class EventValue : KB::FactValue
{
    internal EventValue(string what, string/*?*/ where, KB::DateValue/*?*/ when)
    {
        What = what;
        Where = where;
        When = when;
    }

    /// <summary>What happened.</summary>
    public string What { get; }

    /// <summary>Where it happened, as printed, if the source says.</summary>
    public string/*?*/ Where { get; }

    /// <summary>When it happened, if the source says or it could be inferred.</summary>
    public KB::DateValue/*?*/ When { get; }

    /// <summary>What, where and when.</summary>
    public override string ToString() => What + (Where == null ? """" : "" in "" + Where) + (When == null ? """" : "" on "" + When);
}

/// <summary>Words spoken or written by someone.</summary>
GENERATED_CODE
public sealed class QuoteValue : KB::FactValue
{
    private readonly string _speakerId;
    private KB::Entity _speaker = null/*!*/;

    internal QuoteValue(string text, string speakerId)
    {
        Text = text;
        _speakerId = speakerId;
    }

    /// <summary>The words, as the source prints them.</summary>
    public string Text { get; }

    /// <summary>Who spoke or wrote the words.</summary>
    public KB::Entity Speaker => _speaker;

    /// <summary>The speaker's name and the words.</summary>
    public override string ToString() => Speaker.Name + "": "" + Text;

    internal override void KnowledgeGenLink(KB::KnowledgeGenLookup<KB::Entity> entities)
        => _speaker = Find(entities, _speakerId)/*!*/;
}

/// <summary>A trade action: who does what to whom, on which goods, covering how much trade, at what rate and when.</summary>
GENERATED_CODE
public sealed class TradeActionValue : KB::FactValue
{
    private readonly string _actorId;
    private readonly string[] _targetIds;
    private KB::Entity _actor = null/*!*/;
    private KB::Entity[] _targets = new KB::Entity[0];

    internal TradeActionValue(string actorId, string[] targetIds, KB::TradeInstrument instrument, string printed, string/*?*/ goods, KB::MoneyValue/*?*/ covered, KB::PercentageValue/*?*/ rate, KB::DateValue/*?*/ when)
    {
        _actorId = actorId;
        _targetIds = targetIds;
        Instrument = instrument;
        Printed = printed;
        Goods = goods;
        Covered = covered;
        Rate = rate;
        When = when;
    }

    /// <summary>Who takes the action.</summary>
    public KB::Entity Actor => _actor;

    /// <summary>Whom the action is aimed at; empty where the source names no one.</summary>
    public global::System.Collections.Generic.IReadOnlyList<KB::Entity> Targets => _targets;

    /// <summary>What the action is; its stage (threatened, imposed) is the fact's <c>Status</c>.</summary>
    public KB::TradeInstrument Instrument { get; }

    /// <summary>The words of the source that name the action.</summary>
    public string Printed { get; }

    /// <summary>The goods or sector, as printed, if the source says.</summary>
    public string/*?*/ Goods { get; }

    /// <summary>The value of the trade covered, if the source says.</summary>
    public KB::MoneyValue/*?*/ Covered { get; }

    /// <summary>The rate, if the source says.</summary>
    public KB::PercentageValue/*?*/ Rate { get; }

    /// <summary>When, if the source says or it could be inferred.</summary>
    public KB::DateValue/*?*/ When { get; }

    /// <summary>The actor, instrument and targets by name.</summary>
    public override string ToString() => Actor.Name + "": "" + Instrument + "" on "" + string.Join("", "", global::System.Linq.Enumerable.Select(_targets, t => t.Name));

    internal override void KnowledgeGenLink(KB::KnowledgeGenLookup<KB::Entity> entities)
    {
        _actor = Find(entities, _actorId)/*!*/;
        var targets = new global::System.Collections.Generic.List<KB::Entity>();
        foreach (string id in _targetIds)
        {
            KB::Entity/*?*/ target = Find(entities, id);
            if (target != null)
            {
                targets.Add(target);
            }
        }

        _targets = targets.ToArray();
    }
}

/// <summary>A quote from a source, with the full sentence it stands in.</summary>
GENERATED_CODE
public sealed class Citation
{
    private readonly string _sourceId;
    private KB::Source _source = null/*!*/;

    internal Citation(string sourceId, string quote, string sentence)
    {
        _sourceId = sourceId;
        Quote = quote;
        Sentence = sentence;
    }

    /// <summary>The source the quote stands in.</summary>
    public KB::Source Source => _source;

    /// <summary>The quoted words, as the fact file gives them.</summary>
    public string Quote { get; }

    /// <summary>The source's full sentence (or sentences) in which the quote stands, as printed.</summary>
    public string Sentence { get; }

    /// <summary>The sentence.</summary>
    public override string ToString() => Sentence;

    internal void KnowledgeGenLink(KB::KnowledgeGenLookup<KB::Source> sources)
    {
        KB::Source/*?*/ source = sources.Find(_sourceId);
        if (source != null)
        {
            _source = source;
        }
    }
}

/// <summary>
/// One fact of the knowledge base. Each kind has its own subclass with a typed, non-null
/// <c>Value</c> (<see cref=""KB::MoneyFact""/>, <see cref=""KB::RoleFact""/> and so on); this base serves mixed lists.
/// </summary>
GENERATED_CODE
public abstract class Fact
{
    private static readonly KB::Fact[] s_noFacts = new KB::Fact[0];
    private readonly string[] _aboutIds;
    private readonly string[] _supersedesIds;
    private readonly string[] _contradictsIds;
    private readonly string[] _accordingToIds;
    private readonly string/*?*/ _measureId;
    private KB::Entity[] _accordingTo = new KB::Entity[0];
    private KB::Measure/*?*/ _measure;
    private KB::Entity[] _about = new KB::Entity[0];
    private KB::Source[] _sources = new KB::Source[0];
    private KB::Fact[] _supersedes = s_noFacts;
    private KB::Fact[] _supersededBy = s_noFacts;
    private KB::Fact[] _contradicts = s_noFacts;

    internal Fact(string id, KB::FactKind kind, string statement, string[] aboutIds, KB::FactPeriod/*?*/ holds, string/*?*/ context, KB::Citation[] citations, string[] supersedesIds, string[] contradictsIds, string[] accordingToIds, KB::FactStatus? status, string/*?*/ measureId)
    {
        _accordingToIds = accordingToIds;
        Status = status;
        _measureId = measureId;
        Id = id;
        Kind = kind;
        Statement = statement;
        _aboutIds = aboutIds;
        Holds = holds;
        Context = context;
        Citations = citations;
        _supersedesIds = supersedesIds;
        _contradictsIds = contradictsIds;
    }

    /// <summary>The fact's stable kebab-case id.</summary>
    public string Id { get; }

    /// <summary>What the fact's value is, and so which subclass this is.</summary>
    public KB::FactKind Kind { get; }

    /// <summary>The fact in one plain sentence.</summary>
    public string Statement { get; }

    /// <summary>The entities the fact is about.</summary>
    public global::System.Collections.Generic.IReadOnlyList<KB::Entity> About => _about;

    /// <summary>Whose claim the fact is, where the source reports someone else's; empty where the article states it in its own voice.</summary>
    public global::System.Collections.Generic.IReadOnlyList<KB::Entity> AccordingTo => _accordingTo;

    /// <summary>The stage of the action, measure or meeting (threatened is not imposed), where the fact has one.</summary>
    public KB::FactStatus? Status { get; }

    /// <summary>What the number measures, for a money, quantity or percentage fact that names a measure; its facts form a series.</summary>
    public KB::Measure/*?*/ Measure => _measure;

    /// <summary>The typed value, null for a claim; the subclass of each kind has it typed and non-null.</summary>
    public KB::FactValue/*?*/ Value => UntypedValue;

    /// <summary>The time the fact holds for, if known.</summary>
    public KB::FactPeriod/*?*/ Holds { get; }

    /// <summary>Any further qualification of the fact.</summary>
    public string/*?*/ Context { get; }

    /// <summary>The quotes that prove the fact, one or more.</summary>
    public global::System.Collections.Generic.IReadOnlyList<KB::Citation> Citations { get; }

    /// <summary>The sources that corroborate the fact: every source it cites, each once, in citation order.</summary>
    public global::System.Collections.Generic.IReadOnlyList<KB::Source> Sources => _sources;

    /// <summary>The earlier facts this one replaces.</summary>
    public global::System.Collections.Generic.IReadOnlyList<KB::Fact> Supersedes => _supersedes;

    /// <summary>The later facts that replace this one (a revised figure, a changed demand); empty if none.</summary>
    public global::System.Collections.Generic.IReadOnlyList<KB::Fact> SupersededBy => _supersededBy;

    /// <summary>The facts that disagree with this one, whichever of the two names the other; empty if none.</summary>
    public global::System.Collections.Generic.IReadOnlyList<KB::Fact> Contradicts => _contradicts;

    internal abstract KB::FactValue/*?*/ UntypedValue { get; }

    /// <summary>The fact's statement.</summary>
    public override string ToString() => Statement;

    /// <summary>
    /// Points the fact at what its ids name, once, when the knowledge base is first used: its entities, its
    /// sources (each once, in citation order), the facts it supersedes and those it names as contradicting it.
    /// </summary>
    internal void KnowledgeGenLink(
        KB::KnowledgeGenLookup<KB::Fact> facts,
        KB::KnowledgeGenLookup<KB::Entity> entities,
        KB::KnowledgeGenLookup<KB::Source> sources,
        KB::KnowledgeGenLookup<KB::Measure> measures)
    {
        _about = Resolve(entities, _aboutIds);
        _accordingTo = Resolve(entities, _accordingToIds);
        KB::Measure/*?*/ measure = measures.Find(_measureId);
        if (measure != null)
        {
            _measure = measure;
        }

        _supersedes = Resolve(facts, _supersedesIds);
        _contradicts = Resolve(facts, _contradictsIds);
        var cited = new global::System.Collections.Generic.List<KB::Source>(Citations.Count);
        foreach (KB::Citation citation in Citations)
        {
            citation.KnowledgeGenLink(sources);
            if (citation.Source != null && !cited.Contains(citation.Source))
            {
                cited.Add(citation.Source);
            }
        }

        _sources = cited.ToArray();
        if (UntypedValue != null)
        {
            UntypedValue.KnowledgeGenLink(entities);
        }
    }

    /// <summary>The links that need every fact: the facts that supersede this one, and contradictions named from either side.</summary>
    internal void KnowledgeGenLinkBack(KB::Fact[] supersededBy, KB::Fact[] contradicts)
    {
        _supersededBy = supersededBy;
        _contradicts = contradicts;
    }

    private static T[] Resolve<T>(KB::KnowledgeGenLookup<T> items, string[] ids)
        where T : class
    {
        var resolved = new global::System.Collections.Generic.List<T>(ids.Length);
        foreach (string id in ids)
        {
            T/*?*/ item = items.Find(id);
            if (item != null)
            {
                resolved.Add(item);
            }
        }

        return resolved.ToArray();
    }
}

/// <summary>A person, organisation, country, programme or other thing that facts are about.</summary>
GENERATED_CODE
public sealed class Entity
{
    private KB::Fact[] _facts = new KB::Fact[0];
    private KB::RoleFact[] _roles = new KB::RoleFact[0];

    internal Entity(string id, KB::EntityKind kind, string name, string[] aliases, string/*?*/ description)
    {
        Id = id;
        Kind = kind;
        Name = name;
        Aliases = aliases;
        Description = description;
    }

    /// <summary>The entity's stable kebab-case id.</summary>
    public string Id { get; }

    /// <summary>What the entity is.</summary>
    public KB::EntityKind Kind { get; }

    /// <summary>The name to display.</summary>
    public string Name { get; }

    /// <summary>Other names the sources use.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string> Aliases { get; }

    /// <summary>A short description, if given.</summary>
    public string/*?*/ Description { get; }

    /// <summary>The facts about the entity, ordered by id.</summary>
    public global::System.Collections.Generic.IReadOnlyList<KB::Fact> Facts => _facts;

    /// <summary>The roles the person held, earliest first where the time is known; empty for anything but a person.</summary>
    public global::System.Collections.Generic.IReadOnlyList<KB::RoleFact> Roles => _roles;

    /// <summary>The entity's name.</summary>
    public override string ToString() => Name;

    internal void KnowledgeGenLink(KB::Fact[] facts, KB::RoleFact[] roles)
    {
        _facts = facts;
        _roles = roles;
    }
}

/// <summary>What a number measures, declared once, like a statistical variable: its facts are a series of values over time.</summary>
GENERATED_CODE
public sealed class Measure
{
    private KB::Fact[] _facts = new KB::Fact[0];

    internal Measure(string id, string description, string unit)
    {
        Id = id;
        Description = description;
        Unit = unit;
    }

    /// <summary>The measure's stable kebab-case id.</summary>
    public string Id { get; }

    /// <summary>What is measured.</summary>
    public string Description { get; }

    /// <summary>The unit of every value: a currency code, a quantity's unit, or percent.</summary>
    public string Unit { get; }

    /// <summary>The series: the facts of this measure, earliest first where the time is known (those with no time last), then by id.</summary>
    public global::System.Collections.Generic.IReadOnlyList<KB::Fact> Facts => _facts;

    /// <summary>The description.</summary>
    public override string ToString() => Description;

    internal void KnowledgeGenLink(KB::Fact[] facts) => _facts = facts;
}

/// <summary>A source article that facts quote.</summary>
GENERATED_CODE
public sealed class Source
{
    private KB::Fact[] _facts = new KB::Fact[0];

    internal Source(string id, string title, string/*?*/ publisher, KB::DateValue/*?*/ published, string file, string sha256)
    {
        Id = id;
        Title = title;
        Publisher = publisher;
        Published = published;
        File = file;
        Sha256 = sha256;
    }

    /// <summary>The source's stable kebab-case id.</summary>
    public string Id { get; }

    /// <summary>The article's title.</summary>
    public string Title { get; }

    /// <summary>The publisher, where the article shows one.</summary>
    public string/*?*/ Publisher { get; }

    /// <summary>The publication date, where it can be determined; see <see cref=""KB::DateValue.Inferred""/>.</summary>
    public KB::DateValue/*?*/ Published { get; }

    /// <summary>The text file, relative to the fact file that declares the source.</summary>
    public string File { get; }

    /// <summary>The SHA-256 of the text, which the build verified.</summary>
    public string Sha256 { get; }

    /// <summary>The facts citing the source, ordered by id.</summary>
    public global::System.Collections.Generic.IReadOnlyList<KB::Fact> Facts => _facts;

    /// <summary>The source's title.</summary>
    public override string ToString() => Title;

    internal void KnowledgeGenLink(KB::Fact[] facts) => _facts = facts;
}
";
    }
}
