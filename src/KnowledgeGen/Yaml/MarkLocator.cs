using System;
using KnowledgeGen.Model;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;

namespace KnowledgeGen.Yaml
{
    /// <summary>
    /// Turns YamlDotNet's marks (1-based line and column, 0-based index) into places in the original file,
    /// counting the characters skipped before parsing (a byte-order mark) back in.
    /// </summary>
    internal sealed class MarkLocator
    {
        private readonly string _path;
        private readonly int _skipped;

        public MarkLocator(string path, int skipped)
        {
            _path = path;
            _skipped = skipped;
        }

        public LocationInfo At(Mark start, Mark end) => Place(start, end).ToLocation(_path);

        public NodePlace Place(Mark start, Mark end)
        {
            LinePosition from = Position(start);
            LinePosition to = Position(end);
            if (to < from)
            {
                to = from;
            }

            int startIndex = Math.Max(0, (int)start.Index) + _skipped;
            int endIndex = Math.Max(startIndex, (int)end.Index + _skipped);
            return new NodePlace(startIndex, endIndex, from, to);
        }

        private LinePosition Position(Mark mark)
        {
            int line = Math.Max(0, (int)mark.Line - 1);
            int column = Math.Max(0, (int)mark.Column - 1);
            return new LinePosition(line, line == 0 ? column + _skipped : column);
        }
    }
}
