using KnowledgeGen.Model;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeGen.Yaml
{
    /// <summary>
    /// Where a node of the tree stands, as plain numbers. A tree node keeps this rather than a
    /// <see cref="LocationInfo"/>, so that reading a file allocates a location only for what a spec record or a
    /// diagnostic keeps, not one for every key and value of the file.
    /// </summary>
    internal readonly struct NodePlace
    {
        private readonly int _start;
        private readonly int _end;
        private readonly LinePosition _from;
        private readonly LinePosition _to;

        public NodePlace(int start, int end, LinePosition from, LinePosition to)
        {
            _start = start;
            _end = end;
            _from = from;
            _to = to;
        }

        public LocationInfo ToLocation(string path) => new LocationInfo(path, TextSpan.FromBounds(_start, _end), new LinePositionSpan(_from, _to));
    }
}
