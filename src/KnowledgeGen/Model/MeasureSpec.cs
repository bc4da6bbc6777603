namespace KnowledgeGen.Model
{
    /// <summary>
    /// What a number measures, declared once (like a statistical variable): facts naming the same measure form a
    /// series of values over time, all in <see cref="Unit"/>.
    /// </summary>
    public sealed record MeasureSpec(string Id, LocationInfo IdLocation, string Description, string Unit, EquatableArray<MeasureDifference> DiffersFrom = default);

    /// <summary>How a measure differs from another whose values meet its own (the same figure, or parts of one whole).</summary>
    public sealed record MeasureDifference(IdReference Measure, string How);
}
