using System.Linq;
using KnowledgeGen.Model;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// What the cross-file checks keep out of the generated code: whole files reached a second time by another
    /// path, and declarations that repeat an earlier id or C# name (each reported where it stands).
    /// </summary>
    public sealed record Exclusions(EquatableArray<string> LeftOutFiles, EquatableArray<LocationInfo> Declarations)
    {
        /// <summary>The file as it is to be generated: null if it is left out, else without its excluded declarations.</summary>
        public CheckedFactFile? Apply(CheckedFactFile file)
        {
            if (LeftOutFiles.Contains(file.File.Path))
            {
                return null;
            }

            FactFileSpec spec = file.File;
            if (!Declarations.Any(location => location.FilePath == spec.Path))
            {
                return file;
            }

            return file with
            {
                File = spec with
                {
                    Facts = spec.Facts.Where(f => !Declarations.Contains(f.IdLocation)).ToEquatableArray(),
                    Entities = spec.Entities.Where(e => !Declarations.Contains(e.IdLocation)).ToEquatableArray(),
                    Sources = spec.Sources.Where(s => !Declarations.Contains(s.IdLocation)).ToEquatableArray(),
                },
            };
        }
    }
}
