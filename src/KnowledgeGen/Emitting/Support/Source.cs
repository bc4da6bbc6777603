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
            internal Source(string id, string title, string/*?*/ publisher, DateValue/*?*/ published, string file, string sha256)
            {
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
        }
    }
}
