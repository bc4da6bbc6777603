namespace KnowledgeGen.Model
{
    /// <summary>A reference to an entity, source or fact by id, located so that a wrong one can be pointed at.</summary>
    public sealed record IdReference(string Id, LocationInfo Location);
}
