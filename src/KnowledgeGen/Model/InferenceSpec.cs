namespace KnowledgeGen.Model
{
    /// <summary>
    /// What an inferred date rests on: words of a cited sentence (checked to stand in it), sources whose publication
    /// dates it counts from, and other facts (checked to exist). A reason alone is no evidence (KG0086).
    /// </summary>
    public sealed record InferenceSpec(
        EquatableArray<LocatedText> Words,
        EquatableArray<IdReference> Published,
        EquatableArray<IdReference> Facts,
        string? Reason,
        LocationInfo Location)
    {
        public bool HasEvidence => Words.Count + Published.Count + Facts.Count > 0;

        /// <summary>The reason as written, or, where none is, the evidence in words; what the generated API shows.</summary>
        public string Describe()
        {
            if (Reason is not null)
            {
                return Reason;
            }

            var parts = new System.Collections.Generic.List<string>();
            foreach (LocatedText words in Words)
            {
                parts.Add("\u201C" + words.Text + "\u201D");
            }

            foreach (IdReference source in Published)
            {
                parts.Add("the publication date of " + source.Id);
            }

            foreach (IdReference fact in Facts)
            {
                parts.Add("the fact " + fact.Id);
            }

            return "From " + string.Join(", ", parts) + ".";
        }
    }

    /// <summary>Words written in a fact file, with where they were written.</summary>
    public sealed record LocatedText(string Text, LocationInfo Location);
}
