// Support code of every knowledge base, emitted inside its class: see Emitting/SupportCode.cs.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>A percentage: <see cref="Percent"/> 1.8 is 1.8%, <see cref="Fraction"/> 0.018.</summary>
        // [GeneratedCode]
        public readonly struct Percentage : global::System.IEquatable<Percentage>, global::System.IComparable<Percentage>
        {
            private readonly string/*?*/ _printed;

            /// <summary>A percentage: 1.8 for 1.8%.</summary>
            public Percentage(decimal percent)
                : this(percent, null)
            {
            }

            internal Percentage(decimal percent, string/*?*/ printed, ValueQualifier? qualifier = null, decimal? upper = null)
            {
                Qualifier = qualifier;
                Upper = upper;
                Percent = percent;
                _printed = printed;
            }

            /// <summary>The percentage: 1.8 means 1.8%.</summary>
            public decimal Percent { get; }

            /// <summary>The percentage as a fraction of one: 0.018 for 1.8%.</summary>
            public decimal Fraction => Percent / 100m;

            /// <summary>How exact the number is as printed ("about", "more than"); null where it is exact.</summary>
            public ValueQualifier? Qualifier { get; }

            /// <summary>The upper end where <see cref="Qualifier"/> is <see cref="ValueQualifier.Between"/>; otherwise null.</summary>
            public decimal? Upper { get; }

            /// <summary>True when both are the same percentage, however printed.</summary>
            public static bool operator ==(Percentage left, Percentage right) => left.Equals(right);

            /// <summary>True when the percentages differ.</summary>
            public static bool operator !=(Percentage left, Percentage right) => !left.Equals(right);

            /// <summary>Orders percentages.</summary>
            public int CompareTo(Percentage other) => Percent.CompareTo(other.Percent);

            /// <summary>True when both are the same percentage, however printed.</summary>
            public bool Equals(Percentage other) => Percent == other.Percent;

            /// <inheritdoc/>
            public override bool Equals(object/*?*/ obj) => obj is Percentage && Equals((Percentage)obj);

            /// <inheritdoc/>
            public override int GetHashCode() => Percent.GetHashCode();

            /// <summary>The percentage as the source printed it ("1.8 per cent"); one it did not print as "1.8%".</summary>
            public override string ToString() => _printed ?? Percent.ToString("0.###", global::System.Globalization.CultureInfo.InvariantCulture) + "%";
        }
    }
}
