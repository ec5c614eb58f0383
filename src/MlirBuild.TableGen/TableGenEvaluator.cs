using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MlirBuild.TableGen.Lexing;
using MlirBuild.TableGen.Parsing;

namespace MlirBuild.TableGen
{
    /// <summary>Options of one evaluation.</summary>
    public sealed record TableGenOptions
    {
        /// <summary>Directories searched for <c>include</c>s (after the including file's directory).</summary>
        public ImmutableArray<string> IncludeDirectories { get; init; } = ImmutableArray<string>.Empty;

        /// <summary>Macros defined up front (as <c>-D</c>).</summary>
        public ImmutableArray<string> Defines { get; init; } = ImmutableArray<string>.Empty;

        /// <summary>Stack size of the evaluation thread; deep recursion in user input needs room.</summary>
        public int StackSizeBytes { get; init; } = 256 * 1024 * 1024;
    }

    /// <summary>The outcome of evaluating a TableGen file: the records (when successful) and every diagnostic.</summary>
    public sealed record TableGenResult(RecordKeeper? Records, ImmutableArray<TableGenDiagnostic> Diagnostics, ImmutableArray<string> Dependencies)
    {
        public bool Success => Records is not null && !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
    }

    /// <summary>Entry point: parses and evaluates a TableGen program (no file IO; includes go through a resolver).</summary>
    public static class TableGenEvaluator
    {
        public static TableGenResult Evaluate(string mainFileName, string mainText, ISourceResolver resolver, TableGenOptions? options = null)
        {
            options ??= new TableGenOptions();
            TableGenResult? result = null;
            System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
            var thread = new System.Threading.Thread(
                () =>
                {
                    try
                    {
                        result = EvaluateOnThisThread(mainFileName, mainText, resolver, options);
                    }
                    catch (System.Exception e)
                    {
                        // A bug (or a resolver failure): surface it on the caller's thread, not as a process crash.
                        failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
                    }
                },
                options.StackSizeBytes);
            thread.Start();
            thread.Join();
            failure?.Throw();
            return result!;
        }

        private static TableGenResult EvaluateOnThisThread(string mainFileName, string mainText, ISourceResolver resolver, TableGenOptions options)
        {
            var keeper = new RecordKeeper();
            var lexer = new Lexer(new SourceBuffer(mainFileName, mainText), resolver, options.IncludeDirectories, options.Defines);
            using (RecordKeeper.Enter(keeper))
            {
                try
                {
                    new Parser(lexer, keeper).ParseFile();
                }
                catch (TableGenFatalError e)
                {
                    keeper.Diagnostics.Add(e.Diagnostic);
                    return new TableGenResult(null, keeper.Diagnostics.Items.ToImmutableArray(), lexer.Dependencies.ToImmutableArray());
                }
            }

            var diags = keeper.Diagnostics.Items.ToImmutableArray();
            return new TableGenResult(keeper.Diagnostics.HasErrors ? null : keeper, diags, lexer.Dependencies.ToImmutableArray());
        }
    }
}
