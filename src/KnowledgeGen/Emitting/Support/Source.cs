// Support code of every knowledge base, emitted inside its class: see Emitting/SupportCode.cs.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>A source article that facts quote.</summary>
        // [GeneratedCode]
        public sealed class Source
        {
            private readonly global::System.Reflection.FieldInfo/*?*/ _sentencesField;
            private string[]/*?*/ _sentences;

            internal Source(string id, string title, string/*?*/ publisher, DateValue/*?*/ published, string file, string sha256, global::System.Reflection.FieldInfo/*?*/ sentences)
            {
                _sentencesField = sentences;
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
            public string/*?*/ Publisher { get; }

            /// <summary>The publication date, where it can be determined; see <see cref="DateValue.Inferred"/>.</summary>
            public DateValue/*?*/ Published { get; }

            /// <summary>The text file, relative to the fact file that declares the source.</summary>
            public string File { get; }

            /// <summary>The SHA-256 of the text, which the build verified.</summary>
            public string Sha256 { get; }

            /// <summary>
            /// The facts citing the source in the article's order: by the first sentence of the source each cites,
            /// facts citing the same sentence by id.
            /// </summary>
            public global::System.Collections.Generic.IReadOnlyList<Fact> Facts => KnowledgeGenIndex.FactsCiting(this);

            /// <summary>The source's title.</summary>
            public override string ToString() => Title;

            /// <summary>
            /// The text of <paramref name="count"/> sentences from number <paramref name="number"/> (counting from 1) on,
            /// joined by a space, as a citation gives them; the sentences are read from their field on first use.
            /// </summary>
            internal string Sentences(int number, int count)
            {
                string[] sentences = global::System.Threading.Volatile.Read(ref _sentences) ?? ReadSentences();
                if (number < 1 || count < 1 || number - 1 > sentences.Length - count)
                {
                    return string.Empty;
                }

                return count == 1 ? sentences[number - 1] : string.Join(" ", sentences, number - 1, count);
            }

            /// <summary>The sentences of a constant joined by its first character, or of a field written sentence by sentence (one holding every separator).</summary>
            private string[] ReadSentences()
            {
                string[]/*?*/ sentences = _sentencesField == null ? null
                    : _sentencesField.IsLiteral ? KnowledgeGenTable.Joined(_sentencesField.GetRawConstantValue() as string ?? string.Empty)
                    : _sentencesField.GetValue(null) as string[];
                sentences = sentences ?? new string[0];
                return global::System.Threading.Interlocked.CompareExchange(ref _sentences, sentences, null) ?? sentences;
            }
        }
    }
}
