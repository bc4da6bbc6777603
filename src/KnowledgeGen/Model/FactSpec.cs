namespace KnowledgeGen.Model
{
    /// <summary>One fact as written in a fact file, after its fields have been read and typed.</summary>
    public sealed record FactSpec(
        string Id,
        LocationInfo IdLocation,
        FactKind Kind,
        string Statement,
        EquatableArray<IdReference> About,
        FactValueSpec? Value,
        PeriodSpec? Holds,
        string? Context,
        EquatableArray<CitationSpec> Citations,
        EquatableArray<IdReference> Supersedes,
        EquatableArray<IdReference> Contradicts);
}
