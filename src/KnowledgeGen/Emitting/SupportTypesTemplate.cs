namespace KnowledgeGen.Emitting
{
    /// <summary>
    /// The types every knowledge base uses: facts, values, citations, sources, entities and dates. They are
    /// generated into the consumer so that it needs no runtime package; written for C# 8 so that any
    /// consumer that allows nullable annotations can compile them. VISIBILITY and KNOWLEDGE_BASE are
    /// replaced by the configured visibility and class name.
    /// </summary>
    internal static class SupportTypesTemplate
    {
        public const string Text = @"
/// <summary>What a fact's value is.</summary>
VISIBILITY enum FactKind
{
    /// <summary>A statement with no typed value.</summary>
    Claim,
    /// <summary>An amount of money: <see cref=""MoneyValue""/>.</summary>
    Money,
    /// <summary>A count or measure with a unit: <see cref=""QuantityValue""/>.</summary>
    Quantity,
    /// <summary>A percentage: <see cref=""PercentageValue""/>.</summary>
    Percentage,
    /// <summary>A date: <see cref=""DateValue""/>.</summary>
    Date,
    /// <summary>A person holding a position: <see cref=""RoleValue""/>.</summary>
    Role,
    /// <summary>Who holds which position on what: <see cref=""StanceValue""/>.</summary>
    Stance,
    /// <summary>Something that happened, where and when: <see cref=""EventValue""/>.</summary>
    Event,
    /// <summary>Words spoken or written by someone: <see cref=""QuoteValue""/>.</summary>
    Quote,
}

/// <summary>What an entity is.</summary>
VISIBILITY enum EntityKind
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

/// <summary>How much of a <see cref=""FactDate""/> is known.</summary>
VISIBILITY enum DatePrecision
{
    /// <summary>Only the year.</summary>
    Year,
    /// <summary>The year and month.</summary>
    Month,
    /// <summary>The year, month and day.</summary>
    Day,
}

/// <summary>A calendar date known to a year, a month or a day.</summary>
VISIBILITY readonly struct FactDate : global::System.IEquatable<FactDate>, global::System.IComparable<FactDate>
{
    /// <summary>Creates a date; <paramref name=""month""/> and <paramref name=""day""/> are 0 where not known.</summary>
    public FactDate(int year, int month, int day, DatePrecision precision)
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
    public DatePrecision Precision { get; }

    /// <summary>The first day the date covers.</summary>
    public global::System.DateTime Start => new global::System.DateTime(Year, Precision == DatePrecision.Year ? 1 : Month, Precision == DatePrecision.Day ? Day : 1);

    /// <summary>The last day the date covers.</summary>
    public global::System.DateTime End => Precision == DatePrecision.Year
        ? new global::System.DateTime(Year, 12, 31)
        : Precision == DatePrecision.Month ? new global::System.DateTime(Year, Month, global::System.DateTime.DaysInMonth(Year, Month)) : Start;

    /// <summary>True when <paramref name=""other""/> is the same date at the same precision.</summary>
    public bool Equals(FactDate other) => Year == other.Year && Month == other.Month && Day == other.Day && Precision == other.Precision;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FactDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (((Year * 13) + Month) * 32) + Day;

    /// <summary>Orders dates by year, then month, then day.</summary>
    public int CompareTo(FactDate other)
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
    public override string ToString() => Precision == DatePrecision.Year
        ? Year.ToString(""D4"", global::System.Globalization.CultureInfo.InvariantCulture)
        : Precision == DatePrecision.Month
            ? string.Format(global::System.Globalization.CultureInfo.InvariantCulture, ""{0:D4}-{1:D2}"", Year, Month)
            : string.Format(global::System.Globalization.CultureInfo.InvariantCulture, ""{0:D4}-{1:D2}-{2:D2}"", Year, Month, Day);

    /// <summary>True when both are the same date at the same precision.</summary>
    public static bool operator ==(FactDate left, FactDate right) => left.Equals(right);

    /// <summary>True when the dates differ.</summary>
    public static bool operator !=(FactDate left, FactDate right) => !left.Equals(right);
}

/// <summary>The time a fact holds for; either end may be open.</summary>
VISIBILITY sealed class FactPeriod
{
    /// <summary>Creates a period.</summary>
    public FactPeriod(FactDate? from, FactDate? to, string? inferred)
    {
        From = from;
        To = to;
        Inferred = inferred;
    }

    /// <summary>The first date the fact holds for, or null if open.</summary>
    public FactDate? From { get; }

    /// <summary>The last date the fact holds for, or null if open.</summary>
    public FactDate? To { get; }

    /// <summary>Where the period was worked out rather than printed, what it was worked out from.</summary>
    public string? Inferred { get; }

    /// <summary>True when the period covers the day of <paramref name=""moment""/>.</summary>
    public bool Contains(global::System.DateTime moment) => Overlaps(moment, moment);

    /// <summary>True when the period shares at least one day with the range from <paramref name=""from""/> to <paramref name=""to""/>.</summary>
    public bool Overlaps(global::System.DateTime from, global::System.DateTime to)
        => (From == null || to.Date >= From.Value.Start) && (To == null || from.Date <= To.Value.End);

    /// <summary>The period as from..to.</summary>
    public override string ToString() => (From?.ToString() ?? """") + "".."" + (To?.ToString() ?? """");
}

/// <summary>The typed value of a fact; its subclass depends on the fact's <see cref=""FactKind""/>.</summary>
VISIBILITY abstract class FactValue
{
}

/// <summary>An amount of money.</summary>
VISIBILITY sealed class MoneyValue : FactValue
{
    /// <summary>Creates the value.</summary>
    public MoneyValue(decimal amount, string currency, string printed)
    {
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

    /// <summary>The amount and currency.</summary>
    public override string ToString() => Amount.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "" "" + Currency;
}

/// <summary>A count or measure with its unit.</summary>
VISIBILITY sealed class QuantityValue : FactValue
{
    /// <summary>Creates the value.</summary>
    public QuantityValue(decimal amount, string unit, string printed)
    {
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

    /// <summary>The number and unit.</summary>
    public override string ToString() => Amount.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "" "" + Unit;
}

/// <summary>A percentage.</summary>
VISIBILITY sealed class PercentageValue : FactValue
{
    /// <summary>Creates the value.</summary>
    public PercentageValue(decimal percent, string printed)
    {
        Percent = percent;
        Printed = printed;
    }

    /// <summary>The percentage: 1.8 means 1.8%.</summary>
    public decimal Percent { get; }

    /// <summary>The percentage as printed in the source.</summary>
    public string Printed { get; }

    /// <summary>The percentage with a % sign.</summary>
    public override string ToString() => Percent.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + ""%"";
}

/// <summary>A date.</summary>
VISIBILITY sealed class DateValue : FactValue
{
    /// <summary>Creates the value.</summary>
    public DateValue(FactDate date, string? printed, string? inferred)
    {
        Date = date;
        Printed = printed;
        Inferred = inferred;
    }

    /// <summary>The date.</summary>
    public FactDate Date { get; }

    /// <summary>The date as printed in the source, if it is printed.</summary>
    public string? Printed { get; }

    /// <summary>Where part of the date is not printed, what it was worked out from.</summary>
    public string? Inferred { get; }

    /// <summary>The date as yyyy, yyyy-MM or yyyy-MM-dd.</summary>
    public override string ToString() => Date.ToString();
}

/// <summary>A person holding a position.</summary>
VISIBILITY sealed class RoleValue : FactValue
{
    /// <summary>Creates the value.</summary>
    public RoleValue(string personId, string position, string? organisationId)
    {
        PersonId = personId;
        Position = position;
        OrganisationId = organisationId;
    }

    /// <summary>The id of the person.</summary>
    public string PersonId { get; }

    /// <summary>The position as the source names it.</summary>
    public string Position { get; }

    /// <summary>The id of the organisation the position is in, if any.</summary>
    public string? OrganisationId { get; }

    /// <summary>The person, position and organisation.</summary>
    public override string ToString() => PersonId + "": "" + Position + (OrganisationId == null ? """" : "" ("" + OrganisationId + "")"");
}

/// <summary>Who holds which position on what.</summary>
VISIBILITY sealed class StanceValue : FactValue
{
    /// <summary>Creates the value.</summary>
    public StanceValue(string holderId, string topic, string position)
    {
        HolderId = holderId;
        Topic = topic;
        Position = position;
    }

    /// <summary>The id of the entity holding the stance.</summary>
    public string HolderId { get; }

    /// <summary>What the stance is on.</summary>
    public string Topic { get; }

    /// <summary>The position taken.</summary>
    public string Position { get; }

    /// <summary>The holder, topic and position.</summary>
    public override string ToString() => HolderId + "" on "" + Topic + "": "" + Position;
}

/// <summary>Something that happened, where and when.</summary>
VISIBILITY sealed class EventValue : FactValue
{
    /// <summary>Creates the value.</summary>
    public EventValue(string what, string? where, DateValue? when)
    {
        What = what;
        Where = where;
        When = when;
    }

    /// <summary>What happened.</summary>
    public string What { get; }

    /// <summary>Where it happened, as printed, if the source says.</summary>
    public string? Where { get; }

    /// <summary>When it happened, if the source says or it could be inferred.</summary>
    public DateValue? When { get; }

    /// <summary>What, where and when.</summary>
    public override string ToString() => What + (Where == null ? """" : "" in "" + Where) + (When == null ? """" : "" on "" + When);
}

/// <summary>Words spoken or written by someone.</summary>
VISIBILITY sealed class QuoteValue : FactValue
{
    /// <summary>Creates the value.</summary>
    public QuoteValue(string text, string speakerId)
    {
        Text = text;
        SpeakerId = speakerId;
    }

    /// <summary>The words, as the source prints them.</summary>
    public string Text { get; }

    /// <summary>The id of the speaker.</summary>
    public string SpeakerId { get; }

    /// <summary>The speaker and the words.</summary>
    public override string ToString() => SpeakerId + "": "" + Text;
}

/// <summary>A quote from a source, with the full sentence it stands in.</summary>
VISIBILITY sealed class Citation
{
    /// <summary>Creates the citation.</summary>
    public Citation(string sourceId, string quote, string sentence)
    {
        SourceId = sourceId;
        Quote = quote;
        Sentence = sentence;
    }

    /// <summary>The id of the source.</summary>
    public string SourceId { get; }

    /// <summary>The quoted words, as the fact file gives them.</summary>
    public string Quote { get; }

    /// <summary>The source's full sentence (or sentences) in which the quote stands, as printed.</summary>
    public string Sentence { get; }

    /// <summary>The source.</summary>
    public Source Source => KNOWLEDGE_BASE.FindSource(SourceId)!;
}

/// <summary>One fact of the knowledge base.</summary>
VISIBILITY sealed class Fact
{
    /// <summary>Creates the fact.</summary>
    public Fact(string id, FactKind kind, string statement, string[] about, FactValue? value, FactPeriod? holds, string? context, Citation[] citations, string[] supersedes, string[] contradicts)
    {
        Id = id;
        Kind = kind;
        Statement = statement;
        About = about;
        Value = value;
        Holds = holds;
        Context = context;
        Citations = citations;
        var sourceIds = new global::System.Collections.Generic.List<string>();
        foreach (Citation citation in citations)
        {
            if (!sourceIds.Contains(citation.SourceId))
            {
                sourceIds.Add(citation.SourceId);
            }
        }

        SourceIds = sourceIds;
        Supersedes = supersedes;
        Contradicts = contradicts;
    }

    /// <summary>The fact's stable kebab-case id.</summary>
    public string Id { get; }

    /// <summary>What the fact's value is.</summary>
    public FactKind Kind { get; }

    /// <summary>The fact in one plain sentence.</summary>
    public string Statement { get; }

    /// <summary>The ids of the entities the fact is about.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string> About { get; }

    /// <summary>The typed value; null for a <see cref=""FactKind.Claim""/>.</summary>
    public FactValue? Value { get; }

    /// <summary>The time the fact holds for, if known.</summary>
    public FactPeriod? Holds { get; }

    /// <summary>Any further qualification of the fact.</summary>
    public string? Context { get; }

    /// <summary>The quotes that prove the fact, one or more.</summary>
    public global::System.Collections.Generic.IReadOnlyList<Citation> Citations { get; }

    /// <summary>The ids of the sources that corroborate the fact: every source it cites, each once, in citation order.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string> SourceIds { get; }

    /// <summary>The ids of earlier facts this one replaces.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string> Supersedes { get; }

    /// <summary>The ids of facts this one disagrees with.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string> Contradicts { get; }

    /// <summary>The fact's statement.</summary>
    public override string ToString() => Statement;
}

/// <summary>A person, organisation, country, programme or other thing that facts are about.</summary>
VISIBILITY sealed class Entity
{
    /// <summary>Creates the entity.</summary>
    public Entity(string id, EntityKind kind, string name, string[] aliases, string? description)
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
    public EntityKind Kind { get; }

    /// <summary>The name to display.</summary>
    public string Name { get; }

    /// <summary>Other names the sources use.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string> Aliases { get; }

    /// <summary>A short description, if given.</summary>
    public string? Description { get; }

    /// <summary>The entity's name.</summary>
    public override string ToString() => Name;
}

/// <summary>A source article that facts quote.</summary>
VISIBILITY sealed class Source
{
    /// <summary>Creates the source.</summary>
    public Source(string id, string title, string? publisher, DateValue? published, string file, string sha256)
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
    public string? Publisher { get; }

    /// <summary>The publication date, where it can be determined; see <see cref=""DateValue.Inferred""/>.</summary>
    public DateValue? Published { get; }

    /// <summary>The text file, relative to the fact file that declares the source.</summary>
    public string File { get; }

    /// <summary>The SHA-256 of the text, which the build verified.</summary>
    public string Sha256 { get; }

    /// <summary>The source's title.</summary>
    public override string ToString() => Title;
}
";
    }
}
