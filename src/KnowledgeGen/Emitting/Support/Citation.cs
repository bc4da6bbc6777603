// Support code of every knowledge base, emitted inside its class: see Emitting/SupportCode.cs.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>A quote from a source, with the full sentence it stands in and where that sentence stands.</summary>
        // [GeneratedCode]
        public sealed class Citation
        {
            private readonly string _sourceId;

            internal Citation(string sourceId, string quote, string sentence, int sentenceNumber, int paragraph, string/*?*/ introducedBy)
            {
                _sourceId = sourceId;
                Quote = quote;
                Sentence = sentence;
                SentenceNumber = sentenceNumber;
                Paragraph = paragraph;
                IntroducedBy = introducedBy;
            }

            /// <summary>The source the quote stands in.</summary>
            public Source Source => KnowledgeGenIndex.Source(_sourceId)/*!*/;

            /// <summary>The quoted words, as the fact file gives them.</summary>
            public string Quote { get; }

            /// <summary>The source's full sentence (or sentences) in which the quote stands, as printed.</summary>
            public string Sentence { get; }

            /// <summary>The number of the (first) sentence in its source, counting from 1 at the headline.</summary>
            public int SentenceNumber { get; }

            /// <summary>The number of the paragraph holding the sentence, counting from 1 at the headline.</summary>
            public int Paragraph { get; }

            /// <summary>
            /// The earlier sentence of the source that introduces the quote and says whose claim it is ("The South China
            /// Morning Post cited a government official ... as saying"), where the quoted paragraph does not; otherwise null.
            /// </summary>
            public string/*?*/ IntroducedBy { get; }

            /// <summary>The sentence.</summary>
            public override string ToString() => Sentence;
        }
    }
}
