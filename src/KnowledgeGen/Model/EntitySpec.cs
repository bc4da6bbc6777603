namespace KnowledgeGen.Model
{
    /// <summary>A person, organisation, country, programme or other thing that facts are about.</summary>
    public sealed record EntitySpec(
        string Id,
        LocationInfo IdLocation,
        EntityKind Kind,
        string Name,
        EquatableArray<string> Aliases,
        string? Description);
}
