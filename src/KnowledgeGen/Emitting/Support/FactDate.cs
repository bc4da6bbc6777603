// Support code of every knowledge base, emitted inside its class: see Emitting/SupportCode.cs.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>A calendar date known to a year, a month or a day.</summary>
        // [GeneratedCode]
        public readonly struct FactDate : global::System.IEquatable<FactDate>, global::System.IComparable<FactDate>
        {
            internal FactDate(int year, int month, int day, DatePrecision precision)
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

            /// <summary>True when <paramref name="other"/> is the same date at the same precision.</summary>
            public bool Equals(FactDate other) => Year == other.Year && Month == other.Month && Day == other.Day && Precision == other.Precision;

            /// <inheritdoc/>
            public override bool Equals(object/*?*/ obj) => obj is FactDate && Equals((FactDate)obj);

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
                ? Year.ToString("D4", global::System.Globalization.CultureInfo.InvariantCulture)
                : Precision == DatePrecision.Month
                    ? string.Format(global::System.Globalization.CultureInfo.InvariantCulture, "{0:D4}-{1:D2}", Year, Month)
                    : string.Format(global::System.Globalization.CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", Year, Month, Day);

            /// <summary>True when both are the same date at the same precision.</summary>
            public static bool operator ==(FactDate left, FactDate right) => left.Equals(right);

            /// <summary>True when the dates differ.</summary>
            public static bool operator !=(FactDate left, FactDate right) => !left.Equals(right);
        }
    }
}
