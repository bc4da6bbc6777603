// Support code of every knowledge base, emitted inside its class: see Emitting/SupportCode.cs.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>A date as a source gives it: the date, the words printed for it, and what any unprinted part was worked out from.</summary>
        // [GeneratedCode]
        public sealed class DateValue
        {
            internal DateValue(FactDate date, string/*?*/ printed, string/*?*/ inferred)
            {
                Date = date;
                Printed = printed;
                Inferred = inferred;
            }

            /// <summary>The date.</summary>
            public FactDate Date { get; }

            /// <summary>The date as printed in the source, if it is printed.</summary>
            public string/*?*/ Printed { get; }

            /// <summary>Where part of the date is not printed, what it was worked out from.</summary>
            public string/*?*/ Inferred { get; }

            /// <summary>The date as yyyy, yyyy-MM or yyyy-MM-dd.</summary>
            public override string ToString() => Date.ToString();
        }
    }
}
