namespace KnowledgeGen.Model
{
    /// <summary>
    /// What a number measures, declared once (like a statistical variable): facts naming the same measure form a
    /// series of values over time, all in <see cref="Unit"/>.
    /// </summary>
    public sealed record MeasureSpec(string Id, LocationInfo IdLocation, string Description, string Unit);
}
