namespace KnowledgeGen.Model
{
    /// <summary>
    /// A fact that was removed, kept as a tombstone (a fact file's <c>retired:</c>): its old id, why it went, and
    /// optionally the fact that replaces it. Its member stays in the generated code, obsolete as an error, so that
    /// code still using it is told why and what to use instead.
    /// </summary>
    public sealed record RetiredSpec(string Id, LocationInfo IdLocation, string Reason, IdReference? Replacement);
}
