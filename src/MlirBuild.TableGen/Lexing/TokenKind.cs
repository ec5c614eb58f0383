using System.Collections.Generic;

namespace MlirBuild.TableGen.Lexing
{
    /// <summary>Token kinds of the TableGen language.</summary>
    internal enum TokenKind
    {
        Eof,
        Error,

        // Punctuation.
        Minus, Plus, LSquare, RSquare, LBrace, RBrace, LParen, RParen, Less, Greater, Colon, Semi, Comma, Dot,
        Equal, Question, Paste, DotDotDot,

        // Keywords.
        Assert, Bit, Bits, Class, Code, Dag, Def, Defm, Defset, Defvar, Dump, ElseKw, FalseVal, Field, Foreach, If,
        In, Include, Int, Let, List, MultiClass, String, Then, TrueVal,

        // Bang operators.
        XConcat, XAdd, XSub, XMul, XDiv, XNot, XLog2, XAnd, XOr, XXor, XSra, XSrl, XShl, XListConcat, XListFlatten,
        XListSplat, XListRemove, XStrConcat, XInterleave, XSubstr, XFind, XCast, XSubst, XForEach, XFilter, XFoldl,
        XHead, XTail, XSize, XEmpty, XInitialized, XIf, XCond, XEq, XIsA, XDag, XNe, XLe, XLt, XGe, XGt,
        XSetDagOp, XGetDagOp, XExists, XRange, XGetDagArg, XGetDagName, XSetDagArg, XSetDagName, XRepr, XToLower,
        XToUpper, XInstances, XMatch,

        // Values.
        IntVal, BinaryIntVal, Id, StrVal, VarName, CodeFragment,
    }

    /// <summary>The single table of keywords and bang operators (spelling to kind).</summary>
    internal static class TokenTables
    {
        public static readonly Dictionary<string, TokenKind> Keywords = new Dictionary<string, TokenKind>(System.StringComparer.Ordinal)
        {
            ["assert"] = TokenKind.Assert, ["bit"] = TokenKind.Bit, ["bits"] = TokenKind.Bits,
            ["class"] = TokenKind.Class, ["code"] = TokenKind.Code, ["dag"] = TokenKind.Dag, ["def"] = TokenKind.Def,
            ["defm"] = TokenKind.Defm, ["defset"] = TokenKind.Defset, ["defvar"] = TokenKind.Defvar,
            ["dump"] = TokenKind.Dump, ["else"] = TokenKind.ElseKw, ["false"] = TokenKind.FalseVal,
            ["field"] = TokenKind.Field, ["foreach"] = TokenKind.Foreach, ["if"] = TokenKind.If, ["in"] = TokenKind.In,
            ["include"] = TokenKind.Include, ["int"] = TokenKind.Int, ["let"] = TokenKind.Let,
            ["list"] = TokenKind.List, ["multiclass"] = TokenKind.MultiClass, ["string"] = TokenKind.String,
            ["then"] = TokenKind.Then, ["true"] = TokenKind.TrueVal,
        };

        public static readonly Dictionary<string, TokenKind> BangOperators = new Dictionary<string, TokenKind>(System.StringComparer.Ordinal)
        {
            ["eq"] = TokenKind.XEq, ["ne"] = TokenKind.XNe, ["le"] = TokenKind.XLe, ["lt"] = TokenKind.XLt,
            ["ge"] = TokenKind.XGe, ["gt"] = TokenKind.XGt, ["if"] = TokenKind.XIf, ["cond"] = TokenKind.XCond,
            ["isa"] = TokenKind.XIsA, ["head"] = TokenKind.XHead, ["tail"] = TokenKind.XTail,
            ["size"] = TokenKind.XSize, ["con"] = TokenKind.XConcat, ["dag"] = TokenKind.XDag,
            ["add"] = TokenKind.XAdd, ["sub"] = TokenKind.XSub, ["mul"] = TokenKind.XMul, ["div"] = TokenKind.XDiv,
            ["not"] = TokenKind.XNot, ["logtwo"] = TokenKind.XLog2, ["and"] = TokenKind.XAnd, ["or"] = TokenKind.XOr,
            ["xor"] = TokenKind.XXor, ["shl"] = TokenKind.XShl, ["sra"] = TokenKind.XSra, ["srl"] = TokenKind.XSrl,
            ["cast"] = TokenKind.XCast, ["empty"] = TokenKind.XEmpty, ["subst"] = TokenKind.XSubst,
            ["foldl"] = TokenKind.XFoldl, ["foreach"] = TokenKind.XForEach, ["filter"] = TokenKind.XFilter,
            ["listconcat"] = TokenKind.XListConcat, ["listflatten"] = TokenKind.XListFlatten,
            ["listsplat"] = TokenKind.XListSplat, ["listremove"] = TokenKind.XListRemove,
            ["range"] = TokenKind.XRange, ["strconcat"] = TokenKind.XStrConcat,
            ["interleave"] = TokenKind.XInterleave, ["initialized"] = TokenKind.XInitialized,
            ["substr"] = TokenKind.XSubstr, ["find"] = TokenKind.XFind, ["setdagop"] = TokenKind.XSetDagOp,
            ["getdagop"] = TokenKind.XGetDagOp, ["setdagarg"] = TokenKind.XSetDagArg,
            ["getdagarg"] = TokenKind.XGetDagArg, ["getdagname"] = TokenKind.XGetDagName,
            ["setdagname"] = TokenKind.XSetDagName, ["exists"] = TokenKind.XExists, ["repr"] = TokenKind.XRepr,
            ["tolower"] = TokenKind.XToLower, ["toupper"] = TokenKind.XToUpper, ["instances"] = TokenKind.XInstances,
            ["match"] = TokenKind.XMatch,
        };

        public static bool IsBangOperator(TokenKind k) => k >= TokenKind.XConcat && k <= TokenKind.XMatch;

        public static bool IsObjectStart(TokenKind k) => k == TokenKind.Assert || k == TokenKind.Class
            || k == TokenKind.Def || k == TokenKind.Defm || k == TokenKind.Defset || k == TokenKind.Defvar
            || k == TokenKind.Dump || k == TokenKind.Foreach || k == TokenKind.If || k == TokenKind.Let
            || k == TokenKind.MultiClass;
    }
}
