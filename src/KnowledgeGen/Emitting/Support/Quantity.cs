// Support code of every knowledge base, emitted inside its class: see Emitting/SupportCode.cs.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>
        /// A count or measure with its unit ("2.5 million containers"). Adding, subtracting or comparing quantities of
        /// two units throws an <see cref="global::System.InvalidOperationException"/> naming both units.
        /// </summary>
        // [GeneratedCode]
        public readonly struct Quantity : global::System.IEquatable<Quantity>, global::System.IComparable<Quantity>
        {
            private readonly string/*?*/ _printed;

            /// <summary>An amount of the unit.</summary>
            public Quantity(decimal amount, string unit)
                : this(amount, unit, null)
            {
            }

            internal Quantity(decimal amount, string unit, string/*?*/ printed, ValueQualifier? qualifier = null, decimal? upper = null)
            {
                Qualifier = qualifier;
                Upper = upper;
                Amount = amount;
                Unit = unit ?? string.Empty;
                _printed = printed;
            }

            /// <summary>The number.</summary>
            public decimal Amount { get; }

            /// <summary>What is counted or measured, as the fact file names it ("container", "day").</summary>
            public string Unit { get; }

            /// <summary>How exact the number is as printed ("about", "more than"); null where it is exact.</summary>
            public ValueQualifier? Qualifier { get; }

            /// <summary>The upper end where <see cref="Qualifier"/> is <see cref="ValueQualifier.Between"/>; otherwise null.</summary>
            public decimal? Upper { get; }

            /// <summary>The sum of two quantities of the same unit.</summary>
            public static Quantity operator +(Quantity left, Quantity right) => new Quantity(left.Amount + right.Amount, SameUnit(left, right, "add"));

            /// <summary>The difference of two quantities of the same unit.</summary>
            public static Quantity operator -(Quantity left, Quantity right) => new Quantity(left.Amount - right.Amount, SameUnit(left, right, "subtract"));

            /// <summary>True when the left quantity is less than the right, both of the same unit.</summary>
            public static bool operator <(Quantity left, Quantity right) => left.CompareTo(right) < 0;

            /// <summary>True when the left quantity is more than the right, both of the same unit.</summary>
            public static bool operator >(Quantity left, Quantity right) => left.CompareTo(right) > 0;

            /// <summary>True when both are the same amount of the same unit, however printed.</summary>
            public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

            /// <summary>True when the amounts or the units differ.</summary>
            public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);

            /// <summary>Orders quantities of the same unit; throws for two units.</summary>
            public int CompareTo(Quantity other)
            {
                SameUnit(this, other, "compare");
                return Amount.CompareTo(other.Amount);
            }

            /// <summary>True when both are the same amount of the same unit, however printed.</summary>
            public bool Equals(Quantity other) => Amount == other.Amount && string.Equals(Unit, other.Unit);

            /// <inheritdoc/>
            public override bool Equals(object/*?*/ obj) => obj is Quantity && Equals((Quantity)obj);

            /// <inheritdoc/>
            public override int GetHashCode() => Amount.GetHashCode() ^ (Unit ?? string.Empty).GetHashCode();

            /// <summary>The quantity as the source printed it ("2.5 million containers"); one it did not print as the number and the unit.</summary>
            public override string ToString() => _printed ?? NumberWords.Format(Amount, null, Unit ?? string.Empty);

            private static string SameUnit(Quantity left, Quantity right, string operation)
            {
                if (!string.Equals(left.Unit, right.Unit))
                {
                    throw new global::System.InvalidOperationException(
                        "Cannot " + operation + " " + left + " (" + left.Unit + ") and " + right + " (" + right.Unit + "): the units differ.");
                }

                return left.Unit;
            }
        }
    }
}
