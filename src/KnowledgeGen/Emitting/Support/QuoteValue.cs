// Support code of every knowledge base, emitted inside its class: see Emitting/SupportCode.cs.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>Words spoken or written by someone.</summary>
        // [GeneratedCode]
        public sealed class QuoteValue
        {
            private readonly string _speakerId;

            internal QuoteValue(string text, string speakerId)
            {
                Text = text;
                _speakerId = speakerId;
            }

            /// <summary>The words, as the source prints them.</summary>
            public string Text { get; }

            /// <summary>Who spoke or wrote the words.</summary>
            public Entity Speaker => KnowledgeGenIndex.Entity(_speakerId)/*!*/;

            /// <summary>The speaker's name and the words.</summary>
            public override string ToString() => Speaker.Name + ": " + Text;
        }
    }
}
