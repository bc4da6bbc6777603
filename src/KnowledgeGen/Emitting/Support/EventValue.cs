// Support code of every knowledge base, emitted inside its class: see Emitting/SupportCode.cs.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>Something that happened, where and when.</summary>
        // [GeneratedCode]
        public sealed class EventValue
        {
            internal EventValue(string what, string/*?*/ where, DateValue/*?*/ when)
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
            public DateValue/*?*/ When { get; }

            /// <summary>What, where and when.</summary>
            public override string ToString() => What + (Where == null ? "" : " in " + Where) + (When == null ? "" : " on " + When);
        }
    }
}
