namespace KnowledgeGen.Model
{
    /// <summary>
    /// One fact as written in a fact file, after its fields have been read and typed. <see cref="AccordingTo"/>
    /// is empty where the article states the fact in its own voice; <see cref="Status"/> is the stage of an
    /// action, measure or meeting, and <see cref="StatusReason"/> why no stage applies where the file says
    /// <c>status: none</c>; <see cref="Measure"/> names what a number measures.
    /// </summary>
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
        EquatableArray<IdReference> Contradicts,
        EquatableArray<IdReference> AccordingTo = default,
        FactStatus? Status = null,
        IdReference? Measure = null,
        string? StatusReason = null);
}
