namespace KnowledgeGen.Model
{
    /// <summary>A source article as declared in a fact file: its metadata and where its text file is.</summary>
    public sealed record SourceSpec(
        string Id,
        LocationInfo IdLocation,
        string File,
        string ResolvedPath,
        LocationInfo FileLocation,
        string Title,
        string? Publisher,
        DateSpec? Published,
        string Sha256,
        LocationInfo Sha256Location,
        EquatableArray<NotClaimSpec> NotClaims = default);

    /// <summary>
    /// A sentence of a source, or a run of sentences from <see cref="Quote"/>'s through <see cref="Through"/>'s,
    /// judged to hold no claim, and why.
    /// </summary>
    public sealed record NotClaimSpec(string Quote, string? Through, NotClaimReason Reason, LocationInfo Location);
}
