using System;
using System.Globalization;

namespace KnowledgeGen.Model
{
    /// <summary>A calendar date known to a year, a month or a day; Month and Day are 0 where not known.</summary>
    public sealed record PartialDate(int Year, int Month, int Day, DatePrecision Precision) : IComparable<PartialDate>
    {
        /// <summary>Parses <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>; null for anything else.</summary>
        public static PartialDate? TryParse(string text)
        {
            string[] formats = { "yyyy-MM-dd", "yyyy-MM", "yyyy" };
            for (int i = 0; i < formats.Length; i++)
            {
                if (text.Length == formats[i].Length
                    && DateTime.TryParseExact(text, formats[i], CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime parsed))
                {
                    DatePrecision precision = (DatePrecision)(2 - i);
                    return new PartialDate(
                        parsed.Year,
                        precision >= DatePrecision.Month ? parsed.Month : 0,
                        precision == DatePrecision.Day ? parsed.Day : 0,
                        precision);
                }
            }

            return null;
        }

        public int CompareTo(PartialDate? other)
        {
            if (other is null)
            {
                return 1;
            }

            int byYear = Year.CompareTo(other.Year);
            if (byYear != 0)
            {
                return byYear;
            }

            int byMonth = Month.CompareTo(other.Month);
            return byMonth != 0 ? byMonth : Day.CompareTo(other.Day);
        }

        public override string ToString() => Precision switch
        {
            DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
            DatePrecision.Month => string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}", Year, Month),
            _ => string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", Year, Month, Day),
        };
    }
}
