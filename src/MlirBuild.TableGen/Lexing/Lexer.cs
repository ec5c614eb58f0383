using System.Collections.Generic;
using System.Globalization;

namespace MlirBuild.TableGen.Lexing
{
    /// <summary>
    /// The TableGen lexer: scans the source text in place (identifiers are interned, no substring per token),
    /// handles the <c>#ifdef/#ifndef/#else/#endif/#define</c> preprocessor and enters <c>include</c>d files
    /// transparently, like llvm-tblgen's lexer.
    /// </summary>
    internal sealed class Lexer
    {
        private const int MaxIncludeDepth = 128;

        private readonly ISourceResolver resolver;
        private readonly IReadOnlyList<string> includeDirs;
        private readonly HashSet<string> defines;
        private readonly Stack<FileState> includeStack = new Stack<FileState>();
        private readonly NameTable names = new NameTable();
        private FileState cur;

        public Lexer(SourceBuffer main, ISourceResolver resolver, IReadOnlyList<string> includeDirs, IEnumerable<string> defines)
        {
            this.resolver = resolver;
            this.includeDirs = includeDirs;
            this.defines = new HashSet<string>(defines, System.StringComparer.Ordinal);
            cur = new FileState(main);
            Dependencies.Add(main.Name);
        }

        public TokenKind Kind { get; private set; }

        /// <summary>Identifier, string, code or variable-name text of the current token.</summary>
        public string StrVal { get; private set; } = string.Empty;

        public long IntVal { get; private set; }

        /// <summary>Number of digits of a <c>0b...</c> literal.</summary>
        public int BinaryBits { get; private set; }

        public SourceLocation Loc { get; private set; }

        /// <summary>Every file entered (main first), for dependency tracking by callers.</summary>
        public List<string> Dependencies { get; } = new List<string>();

        public TokenKind Lex()
        {
            Kind = LexToken();
            return Kind;
        }

        /// <summary>Looks at the next character after the current token without lexing it.</summary>
        public SourceLocation PeekLoc() => new SourceLocation(cur.Buffer, cur.Pos);

        private TableGenFatalError Error(int offset, string message) =>
            new TableGenFatalError(new TableGenDiagnostic(DiagnosticSeverity.Error, new SourceLocation(cur.Buffer, offset), message));

        private TokenKind LexToken()
        {
            while (true)
            {
                string text = cur.Buffer.Text;
                int p = cur.Pos;
                int n = text.Length;

                // Skip whitespace and comments.
                while (p < n)
                {
                    char c = text[p];
                    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
                    {
                        p++;
                    }
                    else if (c == '/' && p + 1 < n && text[p + 1] == '/')
                    {
                        while (p < n && text[p] != '\n')
                        {
                            p++;
                        }
                    }
                    else if (c == '/' && p + 1 < n && text[p + 1] == '*')
                    {
                        p = SkipBlockComment(text, p);
                    }
                    else
                    {
                        break;
                    }
                }

                cur.Pos = p;
                Loc = new SourceLocation(cur.Buffer, p);
                if (p >= n)
                {
                    if (cur.Conditions.Count > 0)
                    {
                        throw Error(p, "reached EOF without matching #endif");
                    }

                    if (includeStack.Count == 0)
                    {
                        return TokenKind.Eof;
                    }

                    cur = includeStack.Pop();
                    continue;
                }

                char ch = text[p];
                cur.Pos = p + 1;
                switch (ch)
                {
                    case '[':
                        if (p + 1 < n && text[p + 1] == '{')
                        {
                            return LexCode(p);
                        }

                        return TokenKind.LSquare;
                    case ']': return TokenKind.RSquare;
                    case '{': return TokenKind.LBrace;
                    case '}': return TokenKind.RBrace;
                    case '(': return TokenKind.LParen;
                    case ')': return TokenKind.RParen;
                    case '<': return TokenKind.Less;
                    case '>': return TokenKind.Greater;
                    case ':': return TokenKind.Colon;
                    case ';': return TokenKind.Semi;
                    case ',': return TokenKind.Comma;
                    case '=': return TokenKind.Equal;
                    case '?': return TokenKind.Question;
                    case '.':
                        if (p + 2 < n && text[p + 1] == '.' && text[p + 2] == '.')
                        {
                            cur.Pos = p + 3;
                            return TokenKind.DotDotDot;
                        }

                        return TokenKind.Dot;
                    case '#':
                        if (TryDirective(p))
                        {
                            continue;
                        }

                        return TokenKind.Paste;
                    case '"':
                        return LexString(p);
                    case '$':
                        return LexVarName(p);
                    case '!':
                        return LexBang(p);
                    case '+':
                    case '-':
                        if (p + 1 < n && IsDigit(text[p + 1]))
                        {
                            return LexNumber(p);
                        }

                        return ch == '+' ? TokenKind.Plus : TokenKind.Minus;
                    default:
                        if (IsDigit(ch))
                        {
                            return LexDigitStart(p);
                        }

                        if (IsIdentStart(ch))
                        {
                            var k = LexIdentifier(p);
                            if (k == TokenKind.Include)
                            {
                                LexInclude(p);
                                continue;
                            }

                            return k;
                        }

                        throw Error(p, "Unexpected character");
                }
            }
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static bool IsIdentStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';

        private static bool IsIdentChar(char c) => IsIdentStart(c) || IsDigit(c);

        private int SkipBlockComment(string text, int p)
        {
            int start = p;
            int depth = 1;
            p += 2;
            while (depth > 0)
            {
                if (p >= text.Length)
                {
                    throw Error(start, "unterminated comment");
                }

                if (text[p] == '*' && p + 1 < text.Length && text[p + 1] == '/')
                {
                    depth--;
                    p += 2;
                }
                else if (text[p] == '/' && p + 1 < text.Length && text[p + 1] == '*')
                {
                    depth++;
                    p += 2;
                }
                else
                {
                    p++;
                }
            }

            return p;
        }

        private TokenKind LexCode(int start)
        {
            string text = cur.Buffer.Text;
            int bodyStart = start + 2;
            int end = text.IndexOf("}]", bodyStart, System.StringComparison.Ordinal);
            if (end < 0)
            {
                throw Error(start, "Unterminated code block");
            }

            StrVal = text.Substring(bodyStart, end - bodyStart);
            cur.Pos = end + 2;
            return TokenKind.CodeFragment;
        }

        private TokenKind LexString(int start)
        {
            string text = cur.Buffer.Text;
            int p = start + 1;
            System.Text.StringBuilder? sb = null;
            int runStart = p;
            while (true)
            {
                if (p >= text.Length)
                {
                    throw Error(start, "End of file in string literal");
                }

                char c = text[p];
                if (c == '"')
                {
                    break;
                }

                if (c == '\n' || c == '\r')
                {
                    throw Error(start, "End of line in string literal");
                }

                if (c == '\\')
                {
                    sb ??= new System.Text.StringBuilder();
                    sb.Append(text, runStart, p - runStart);
                    if (p + 1 >= text.Length)
                    {
                        throw Error(start, "End of file in string literal");
                    }

                    char e = text[p + 1];
                    switch (e)
                    {
                        case '\\':
                        case '\'':
                        case '"':
                            sb.Append(e);
                            break;
                        case 't':
                            sb.Append('\t');
                            break;
                        case 'n':
                            sb.Append('\n');
                            break;
                        case '\n':
                        case '\r':
                            throw Error(p, "escaped newlines not supported in tblgen");
                        default:
                            throw Error(p, "invalid escape in string literal");
                    }

                    p += 2;
                    runStart = p;
                    continue;
                }

                p++;
            }

            if (sb is null)
            {
                StrVal = text.Substring(runStart, p - runStart);
            }
            else
            {
                sb.Append(text, runStart, p - runStart);
                StrVal = sb.ToString();
            }

            cur.Pos = p + 1;
            return TokenKind.StrVal;
        }

        private TokenKind LexVarName(int start)
        {
            string text = cur.Buffer.Text;
            int p = start + 1;
            if (p >= text.Length || !IsIdentStart(text[p]))
            {
                throw Error(start, "Invalid variable name");
            }

            while (p < text.Length && IsIdentChar(text[p]))
            {
                p++;
            }

            StrVal = names.Get(text, start + 1, p - start - 1);
            cur.Pos = p;
            return TokenKind.VarName;
        }

        private TokenKind LexBang(int start)
        {
            string text = cur.Buffer.Text;
            int p = start + 1;
            if (p >= text.Length || !((text[p] >= 'a' && text[p] <= 'z') || (text[p] >= 'A' && text[p] <= 'Z')))
            {
                throw Error(start, "Invalid \"!operator\"");
            }

            while (p < text.Length && ((text[p] >= 'a' && text[p] <= 'z') || (text[p] >= 'A' && text[p] <= 'Z')))
            {
                p++;
            }

            var name = text.Substring(start + 1, p - start - 1);
            cur.Pos = p;
            if (TokenTables.BangOperators.TryGetValue(name, out var kind))
            {
                return kind;
            }

            throw Error(start, "Unknown operator");
        }

        private TokenKind LexDigitStart(int start)
        {
            // Identifiers may start with digits (e.g. "0DTensorOf"), unless it looks like 0x../0b.. numbers.
            string text = cur.Buffer.Text;
            int p = start;
            while (p < text.Length && IsDigit(text[p]))
            {
                p++;
            }

            char next = p < text.Length ? text[p] : '\0';
            if ((next == 'x' || next == 'b') && p + 1 < text.Length)
            {
                char nn = text[p + 1];
                bool isHexDigit = IsDigit(nn) || (nn >= 'a' && nn <= 'f') || (nn >= 'A' && nn <= 'F');
                if (next == 'b' && (nn == '0' || nn == '1'))
                {
                    return LexNumber(start);
                }

                if (next == 'x' && isHexDigit)
                {
                    return LexNumber(start);
                }
            }

            if (IsIdentStart(next))
            {
                return LexIdentifier(start);
            }

            return LexNumber(start);
        }

        private TokenKind LexNumber(int start)
        {
            string text = cur.Buffer.Text;
            int p = start;
            if (text[p] == '0' && p + 1 < text.Length && text[p + 1] == 'x')
            {
                p += 2;
                int ds = p;
                while (p < text.Length && Uri.IsHexDigit(text[p]))
                {
                    p++;
                }

                if (p == ds)
                {
                    throw Error(start, "Invalid hexadecimal number");
                }

                if (!ulong.TryParse(text.Substring(ds, p - ds), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var u))
                {
                    throw Error(start, "Hexadecimal number out of range");
                }

                IntVal = unchecked((long)u);
                cur.Pos = p;
                return TokenKind.IntVal;
            }

            if (text[p] == '0' && p + 1 < text.Length && text[p + 1] == 'b')
            {
                p += 2;
                int ds = p;
                long v = 0;
                while (p < text.Length && (text[p] == '0' || text[p] == '1'))
                {
                    v = (v << 1) | (long)(text[p] - '0');
                    p++;
                }

                if (p == ds)
                {
                    throw Error(start, "Invalid binary number");
                }

                IntVal = v;
                BinaryBits = p - ds;
                cur.Pos = p;
                return TokenKind.BinaryIntVal;
            }

            bool neg = text[p] == '-';
            if (text[p] == '-' || text[p] == '+')
            {
                p++;
            }

            int digitsStart = p;
            while (p < text.Length && IsDigit(text[p]))
            {
                p++;
            }

            if (!long.TryParse(text.Substring(digitsStart, p - digitsStart), NumberStyles.None, CultureInfo.InvariantCulture, out var val))
            {
                if (!ulong.TryParse(text.Substring(digitsStart, p - digitsStart), NumberStyles.None, CultureInfo.InvariantCulture, out var uv))
                {
                    throw Error(start, "Invalid number");
                }

                val = unchecked((long)uv);
            }

            IntVal = neg ? -val : val;
            cur.Pos = p;
            return TokenKind.IntVal;
        }

        private TokenKind LexIdentifier(int start)
        {
            string text = cur.Buffer.Text;
            int p = start;
            while (p < text.Length && IsIdentChar(text[p]))
            {
                p++;
            }

            cur.Pos = p;
            StrVal = names.Get(text, start, p - start);
            if (TokenTables.Keywords.TryGetValue(StrVal, out var kw))
            {
                return kw;
            }

            return TokenKind.Id;
        }

        private void LexInclude(int includeStart)
        {
            if (LexToken() != TokenKind.StrVal)
            {
                throw Error(includeStart, "Expected filename after include");
            }

            var fileName = StrVal;
            int nameOffset = Loc.Offset;
            var found = resolver.Resolve(fileName, cur.Buffer.Name, includeDirs);
            if (found is null)
            {
                throw Error(nameOffset, "could not find include file '" + fileName + "'");
            }

            if (includeStack.Count >= MaxIncludeDepth)
            {
                throw Error(includeStart, "include nesting too deep (recursive include of '" + fileName + "'?)");
            }

            includeStack.Push(cur);
            cur = new FileState(new SourceBuffer(found.Name, found.Text));
            Dependencies.Add(found.Name);
        }

        /// <summary>Handles a preprocessor directive starting at '#' (offset p); false when it is a paste.</summary>
        private bool TryDirective(int p)
        {
            string text = cur.Buffer.Text;
            int q = p + 1;
            int ws = q;
            while (q < text.Length && IsIdentChar(text[q]))
            {
                q++;
            }

            var word = text.Substring(ws, q - ws);
            switch (word)
            {
                case "ifdef":
                case "ifndef":
                {
                    var name = ReadDirectiveName(q, p, out int after);
                    bool cond = defines.Contains(name) == (word == "ifdef");
                    cur.Conditions.Push(new Condition(p, false));
                    cur.Pos = EndOfLine(after);
                    if (!cond)
                    {
                        SkipRegion(p, stopAtElse: true);
                    }

                    return true;
                }

                case "define":
                {
                    var name = ReadDirectiveName(q, p, out int after);
                    defines.Add(name);
                    cur.Pos = EndOfLine(after);
                    return true;
                }

                case "else":
                    if (cur.Conditions.Count == 0 || cur.Conditions.Peek().SeenElse)
                    {
                        throw Error(p, "#else without #ifdef or #ifndef");
                    }

                    // The true branch ended: skip the else region.
                    cur.Conditions.Push(new Condition(cur.Conditions.Pop().Offset, true));
                    cur.Pos = EndOfLine(q);
                    SkipRegion(p, stopAtElse: false);
                    return true;
                case "endif":
                    if (cur.Conditions.Count == 0)
                    {
                        throw Error(p, "#endif without #ifdef");
                    }

                    cur.Conditions.Pop();
                    cur.Pos = EndOfLine(q);
                    return true;
                default:
                    return false;
            }
        }

        private string ReadDirectiveName(int q, int directiveStart, out int after)
        {
            string text = cur.Buffer.Text;
            while (q < text.Length && (text[q] == ' ' || text[q] == '\t'))
            {
                q++;
            }

            int s = q;
            while (q < text.Length && IsIdentChar(text[q]))
            {
                q++;
            }

            if (q == s)
            {
                throw Error(directiveStart, "Expected macro name after directive");
            }

            after = q;
            return text.Substring(s, q - s);
        }

        private int EndOfLine(int q)
        {
            string text = cur.Buffer.Text;
            int e = text.IndexOf('\n', q);
            return e < 0 ? text.Length : e + 1;
        }

        /// <summary>Skips lines of a false region until its #else (if wanted) or #endif at nesting 0.</summary>
        private void SkipRegion(int directiveStart, bool stopAtElse)
        {
            string text = cur.Buffer.Text;
            int p = cur.Pos;
            int depth = 0;
            while (p < text.Length)
            {
                int lineEnd = EndOfLine(p);
                int q = p;
                while (q < lineEnd && (text[q] == ' ' || text[q] == '\t'))
                {
                    q++;
                }

                if (q < text.Length && text[q] == '#')
                {
                    int w = q + 1;
                    int we = w;
                    while (we < text.Length && IsIdentChar(text[we]))
                    {
                        we++;
                    }

                    var word = text.Substring(w, we - w);
                    if (word == "ifdef" || word == "ifndef")
                    {
                        depth++;
                    }
                    else if (word == "endif")
                    {
                        if (depth == 0)
                        {
                            cur.Conditions.Pop();
                            cur.Pos = lineEnd;
                            return;
                        }

                        depth--;
                    }
                    else if (word == "else" && depth == 0 && stopAtElse)
                    {
                        cur.Conditions.Push(new Condition(cur.Conditions.Pop().Offset, true));
                        cur.Pos = lineEnd;
                        return;
                    }
                }

                p = lineEnd;
            }

            throw Error(text.Length, "reached EOF without matching #endif");
        }

        private readonly struct Condition
        {
            public Condition(int offset, bool seenElse)
            {
                Offset = offset;
                SeenElse = seenElse;
            }

            public int Offset { get; }

            public bool SeenElse { get; }
        }

        private sealed class FileState
        {
            public FileState(SourceBuffer buffer)
            {
                Buffer = buffer;
            }

            public SourceBuffer Buffer { get; }

            public int Pos { get; set; }

            public Stack<Condition> Conditions { get; } = new Stack<Condition>();
        }
    }
}
