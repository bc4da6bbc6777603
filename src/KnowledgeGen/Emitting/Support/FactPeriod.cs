// Support code of every knowledge base, emitted inside its class: see Emitting/SupportCode.cs.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>The time a fact holds for; either end may be open.</summary>
        // [GeneratedCode]
        public sealed class FactPeriod
        {
            internal FactPeriod(FactDate? from, FactDate? to, string/*?*/ inferred)
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
            public string/*?*/ Inferred { get; }

            /// <summary>True when the period covers the day of <paramref name="moment"/>.</summary>
            public bool Contains(global::System.DateTime moment) => Overlaps(moment, moment);

            /// <summary>True when the period shares at least one day with the range from <paramref name="from"/> to <paramref name="to"/>.</summary>
            public bool Overlaps(global::System.DateTime from, global::System.DateTime to)
                => (From == null || to.Date >= From.Value.Start) && (To == null || from.Date <= To.Value.End);

            /// <summary>The period as from..to.</summary>
            public override string ToString() => (From == null ? "" : From.Value.ToString()) + ".." + (To == null ? "" : To.Value.ToString());
        }
    }
}
