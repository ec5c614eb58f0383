using MlirBuild.TableGen;

namespace MlirBuild.TableGen.Tests;

/// <summary>
/// One snippet per language feature; the whole --print-records output (classes and defs) must equal
/// mlir-tblgen's on the same text.
/// </summary>
public class LanguageFeatureTests
{
    public static TheoryData<string, string> Snippets => new()
    {
        {
            "class template args, defaults, named args", """
            class Base<int a, string s = "x", bit b = !eq(a, 2)> {
              int A = a;
              string S = s # "_" # a;
              bit B = b;
            }
            def d0 : Base<1>;
            def d1 : Base<2, "y">;
            def d2 : Base<3, b = 1>;
            def d3 : Base<a = 4, s = "z">;
            """
        },
        {
            "let in bodies, bit ranges, top-level let", """
            class Enc { bits<8> Inst = 0; bits<4> op = 0b1010; string name = "?"; int n = 0; }
            def e1 : Enc { let Inst{3-0} = op; let Inst{7...6} = 0b11; }
            let name = "outer", n = 5 in {
              def e2 : Enc;
              let n = 6 in def e3 : Enc;
            }
            let Inst<0> = 1 in def e4 : Enc;
            """
        },
        {
            "field resolution order and late binding", """
            class A { int y = 1; int x = y; string z = NAME; list<int> l = [x, y]; }
            def a1 : A;
            def a2 : A { let y = 2; }
            class B : A { let y = 7; int w = !add(x, 100); }
            def b1 : B;
            def b2 : B { let x = 3; }
            """
        },
        {
            "defvar and field keyword", """
            defvar limit = 3;
            defvar names = ["a", "b"];
            class C { field bits<4> F = ?; int v = limit; }
            def c1 : C { defvar local = !mul(limit, 2); int w = local; list<string> n = names; }
            """
        },
        {
            "multiclass, defm, NAME, nested defm, defm NAME#", """
            class Inst<string m, int o> { string Mnemonic = m; int Opc = o; string Full = NAME; }
            multiclass Arith<int base> {
              def _rr : Inst<"rr", base>;
              def _ri : Inst<"ri", !add(base, 1)>;
              def NAME#_x : Inst<"x", 0>;
            }
            multiclass Wrap<int b> {
              defm NAME#_w : Arith<b>;
              defm "" : Arith<!mul(b, 10)>;
              def : Inst<"anon", b>;
            }
            defm ADD : Arith<1>;
            defm SUB : Wrap<2>;
            class Extra { int extra = 42; }
            defm MUL : Arith<5>, Extra;
            """
        },
        {
            "multiclass inheritance and let around defm", """
            class R<int v> { int V = v; string Tag = ""; }
            multiclass M1<int a> { def _a : R<a>; }
            multiclass M2<int b> : M1<!add(b, 1)> { def _b : R<b>; }
            let Tag = "t" in defm X : M2<10>;
            """
        },
        {
            "foreach, ranges, nested loops, if/then/else", """
            class V<int i, string s> { int I = i; string S = s; }
            foreach i = [1, 2, 3] in def v#i : V<i, "list">;
            foreach i = {4-5} in foreach s = ["a", "b"] in def w#i#s : V<i, s>;
            foreach i = 0...2 in {
              if !eq(i, 1) then def odd#i : V<i, "one">;
              else def even#i : V<i, "other">;
            }
            foreach i = !range(3) in def r#i : V<i, "range">;
            """
        },
        {
            "defset, assert, anonymous records, self reference", """
            class Item<int w> { int W = w; assert !ge(w, 0), "weight must be nonnegative"; }
            defset list<Item> AllItems = {
              def i1 : Item<1>;
              def i2 : Item<2>;
              def : Item<3>;
            }
            def total { int Sum = !foldl(0, AllItems, acc, it, !add(acc, it.W)); Item Made = Item<9>; Item Again = Item<9>; }
            class Self { string Me = !cast<string>(NAME); }
            def selfy : Self;
            assert !eq(!size(AllItems), 3), "three items";
            """
        },
        {
            "all value types, slicing, literals", """
            class T;
            def t1 : T;
            def vals {
              bit b = true;
              bits<5> bs = { 1, 0, 1, ?, 0 };
              bits<3> sl = bs{4-2};
              bits<8> hex = 0xA5;
              bits<4> bin = 0b0110;
              int i = -42;
              string s = "esc\t\"q\"" "concat";
              code c = [{ multi
                line }];
              dag d = (t1 t1:$a, 5, "str":$s, ?:$u, (t1 1));
              list<int> l = [1, 2, 3, 4, 5];
              list<int> ls = l[1, 3...4];
              int li = l[2];
              list<T> recs = [t1];
              T r = t1;
              int un = ?;
              list<string> empty = [];
            }
            """
        },
        {
            "string and list bang operators", """
            def s {
              string a = !strconcat("a", "b", "c");
              string b = !subst("x", "y", "axbxc");
              string c = !tolower("AbC") # !toupper("aBc");
              int d = !find("hello", "l");
              int d2 = !find("hello", "l", 3);
              string e = !substr("hello", 1, 3);
              string f = !interleave(["a", "b", "c"], ", ");
              string g = !interleave([1, 2, 3], "-");
              list<int> h = !listconcat([1], [2, 3]);
              list<int> i = !listsplat(7, 3);
              list<int> j = !listremove([1, 2, 3, 2], [2]);
              int k = !size([1, 2]);
              bit l = !empty([]<int>);
              int m = !head([4, 5]);
              list<int> n = !tail([4, 5, 6]);
              list<int> o = !foreach(x, [1, 2, 3], !mul(x, x));
              list<int> p = !filter(x, [1, 2, 3, 4], !eq(!and(x, 1), 0));
              list<int> q = !listflatten([[1, 2], [3]]);
              list<int> r = !range(2, 10, 3);
              string t = !repr(5);
              int u = !size("abc");
              bit v = !match("abcdef", "c.e");
              bit w = !initialized(?);
            }
            """
        },
        {
            "arithmetic, logic, comparisons, casts", """
            class K { int k = 1; }
            def kk : K;
            def ar {
              int a = !add(1, 2, 3);
              int b = !sub(10, 4);
              int c = !mul(3, 4);
              int d = !div(-7, 2);
              int e = !and(12, 10);
              int f = !or(12, 10);
              int g = !xor(12, 10);
              int h = !shl(1, 4);
              int i = !sra(-16, 2);
              int j = !srl(16, 2);
              bit k1 = !not(0);
              int l = !logtwo(1024);
              bit m = !lt(1, 2);
              bit n = !le("a", "b");
              bit o = !gt(3, 2);
              bit p = !ge(2, 2);
              bit q = !ne(kk, kk);
              string r = !cast<string>(42);
              K s = !cast<K>("kk");
              bit t = !isa<K>(kk);
              bit u = !exists<K>("kk");
              bit v = !exists<K>("nope");
              int w = !cond(!eq(1, 2): 10, true: 20);
              int x = !if(!lt(1, 2), 100, 200);
            }
            """
        },
        {
            "dag bang operators", """
            def op1;
            def op2;
            def dg {
              dag a = !con((op1 1:$x), (op1 2:$y));
              dag b = !dag(op2, [1, 2], ["p", "q"]);
              dag c = !setdagop(a, op2);
              string d = !cast<string>(!getdagop(a));
              int e = !getdagarg<int>(a, "y");
              string f = !getdagname(a, 0);
              dag g = !setdagarg(a, 0, 9);
              dag h = !setdagname(a, 1, "z");
              int i = !size(a);
              dag j = !foreach(x, (op1 1, 2), x);
            }
            """
        },
        {
            "classes keep unresolved expressions", """
            class P<int n, list<string> l> {
              int Twice = !mul(n, 2);
              string First = !head(l);
              list<string> Up = !foreach(x, l, !toupper(x));
              bits<4> B = n;
              int Bit2 = B{2};
            }
            class Q<int m> : P<m, ["q"]> { string Joined = !interleave(Up, "+"); }
            def q : Q<3>;
            """
        },
        {
            "preprocessor", """
            #define FEATURE
            #ifdef FEATURE
            def on;
            #else
            def off;
            #endif
            #ifndef MISSING
            def notmissing;
            #endif
            #ifdef MISSING
            def missing;
            #endif
            """
        },
        {
            "multiclass bodies with defvar, foreach, if, assert, nested defm, let and bits", """
            class Fwd;
            class Fwd { int f = 1; }
            class I<string n, int v> { string N = n; int V = v; string Full = NAME; }
            multiclass Inner<int c> { def "" : I<"inner", c>; def _x : I<"innerx", c>; }
            multiclass MC<int count, bit flag> {
              defvar base = !mul(count, 10);
              foreach i = !range(count) in {
                def _#i : I<"m"#i, !add(base, i)>;
                if flag then def _flag#i : I<"f", i>;
              }
              if !not(flag) then {
                def _noflag : I<"nf", 0>;
              }
              assert !gt(count, 0), "count must be positive";
              defm _inner : Inner<count>;
            }
            defm A : MC<2, 1>;
            defm B : MC<1, 0>;
            foreach p = ["P", "Q"] in defm p#_loop : MC<1, 1>;
            defm : Inner<7>;
            def : I<"anon", 1>;
            def withfwd : Fwd;
            defvar gl = !listconcat([1], [2]);
            def g { list<int> x = gl; string s = !cast<string>(A_0); list<I> defs = [A_0, B_0]; int v = A_0.V; }
            class Rec<I r> { I R = r; int RV = r.V; string RN = !cast<string>(r); }
            def rr : Rec<A_1>;
            multiclass WithLet { def _a : I<"a", 1>; let V = 99 in def _b : I<"b", 2>; }
            let N = "overridden" in defm L : WithLet;
            class Bits8 { bits<8> b = 0; }
            multiclass BitsMC<bits<4> hi> { def _x : Bits8 { let b{7-4} = hi; let b{3-0} = 0b1001; } }
            defm BM : BitsMC<0b1100>;
            """
        },
        {
            "template defaults, late bits, casts, dag operator names, folds and filters", """
            class Base<int a, int b = !add(a, 1), list<int> l = [a, b]> { int A = a; int B = b; list<int> L = l; }
            def b1 : Base<5>;
            class UsesVar<int x> { int X = x; bits<4> Bx = x; bits<2> Mid = Bx{2-1}; Base Made = Base<x>; }
            def u1 : UsesVar<6>;
            class Lazy { int n = 0; bits<4> nb = n; int twice = !mul(n, 2); }
            def lz : Lazy { let n = 3; }
            def selfref { string me = !cast<string>(!cast<Lazy>("lz")); bit ex = !exists<Lazy>("lz"); bit ex2 = !exists<Lazy>("selfref"); }
            class Op;
            def o1 : Op;
            def o2 : Op;
            def dags {
              dag d1 = (? 1, 2);
              dag d2 = (o1:$n o2:$a, ?:$b);
              Op s = !subst(o1, o2, o1);
              string st = !subst("a", "b", "banana");
              int ga = !getdagarg<int>((o1 "str", 3), 0);
              list<string> names = !foreach(i, [0, 1], !getdagname(d2, i));
              list<Op> f = !filter(x, [o1, o2], !eq(x, o1));
              int folded = !foldl(0, [1, 2, 3], a, b, !add(a, !mul(b, b)));
              string joined = !foldl("", ["x", "y"], acc, it, acc # it);
            }
            class WithCond<int v> {
              string kind = !cond(!lt(v, 0): "neg", !eq(v, 0): "zero", true: "pos");
              int abs = !if(!lt(v, 0), !sub(0, v), v);
              list<int> evens = !filter(x, !range(v), !eq(!and(x, 1), 0));
            }
            def c1 : WithCond<-3>;
            def c2 : WithCond<0>;
            def c3 : WithCond<6>;
            def strs { string a = "a" # 1 # "b"; string b = !strconcat("x", !cast<string>(0b101)); list<int> c = [1] # [2]; string d = !repr([1, 2]); string e = !repr(c1); }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Snippets))]
    public void OutputMatchesMlirTblgen(string feature, string text)
    {
        // mlir-tblgen 22 crashes on a file that ends in "#endif" without a newline.
        text += "\n";
        var expected = TestSupport.OraclePrintRecords(text);
        var result = TestSupport.EvaluateText(text);
        Assert.True(result.Success, feature + ": " + string.Join("\n", result.Diagnostics));
        Assert.Equal(expected, RecordPrinter.PrintRecords(result.Records!));
    }
}
