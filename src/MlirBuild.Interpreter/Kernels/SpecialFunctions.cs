namespace MlirBuild.Interpreter.Kernels;

/// <summary>Special functions the chlo ops need, in double precision (close to 1e-13 relative where it matters).</summary>
public static class SpecialFunctions
{
    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    /// <summary>log|Γ(x)|; +inf at the poles.</summary>
    public static double LogGamma(double x)
    {
        if (double.IsNaN(x))
        {
            return x;
        }

        if (double.IsInfinity(x))
        {
            return double.PositiveInfinity;
        }

        if (x <= 0 && Math.Floor(x) == x)
        {
            return double.PositiveInfinity;
        }

        if (x < 0.5)
        {
            // reflection: Γ(x)Γ(1-x) = π / sin(πx)
            return Math.Log(Math.PI / Math.Abs(SinPi(x))) - LogGamma(1 - x);
        }

        if (x == 1 || x == 2)
        {
            return 0;
        }

        double z = x - 1;
        double a = Lanczos[0];
        double t = z + 7.5;
        for (int i = 1; i < 9; i++)
        {
            a += Lanczos[i] / (z + i);
        }

        return (0.5 * Math.Log(2 * Math.PI)) + ((z + 0.5) * Math.Log(t)) - t + Math.Log(a);
    }

    private static double SinPi(double x)
    {
        double r = x - (2 * Math.Floor(x / 2));
        return Math.Sin(Math.PI * r);
    }

    /// <summary>ψ(x) = d/dx log Γ(x); NaN at the poles.</summary>
    public static double Digamma(double x)
    {
        if (double.IsNaN(x) || x == double.NegativeInfinity)
        {
            return double.NaN;
        }

        if (x <= 0 && Math.Floor(x) == x)
        {
            return double.NaN;
        }

        double result = 0;
        if (x < 0)
        {
            // ψ(1-x) - ψ(x) = π cot(πx)
            result = -Math.PI / Math.Tan(Math.PI * (x - Math.Floor(x)));
            x = 1 - x;
        }

        while (x < 10)
        {
            result -= 1 / x;
            x += 1;
        }

        double f = 1 / (x * x);
        double series = f * ((1.0 / 12) - (f * ((1.0 / 120) - (f * ((1.0 / 252) - (f * ((1.0 / 240) - (f * (1.0 / 132)))))))));
        return result + Math.Log(x) - (0.5 / x) - series;
    }

    public static double Erf(double x)
    {
        if (double.IsNaN(x))
        {
            return x;
        }

        double ax = Math.Abs(x);
        if (ax < 2.5)
        {
            // Taylor series: 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1))
            double sum = 0;
            double term = x;
            double x2 = x * x;
            for (int n = 0; n < 200; n++)
            {
                double add = term / ((2 * n) + 1);
                sum += add;
                if (Math.Abs(add) < 1e-17 * Math.Abs(sum))
                {
                    break;
                }

                term *= -x2 / (n + 1);
            }

            return 2 / Math.Sqrt(Math.PI) * sum;
        }

        double c = ErfcLarge(ax);
        return x > 0 ? 1 - c : c - 1;
    }

    public static double Erfc(double x)
    {
        if (double.IsNaN(x))
        {
            return x;
        }

        if (x < 0.5)
        {
            return 1 - Erf(x);
        }

        return x < 2.5 ? 1 - Erf(x) : ErfcLarge(x);
    }

    /// <summary>erfc for x ≥ 2.5 from its continued fraction (modified Lentz).</summary>
    private static double ErfcLarge(double x)
    {
        if (x > 27)
        {
            return 0;
        }

        // erfc(x) = exp(-x²)/sqrt(π) * 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...))))
        const double tiny = 1e-300;
        double f = x;
        double c = x;
        double d = 0;
        for (int n = 1; n < 500; n++)
        {
            double a = n / 2.0;
            d = x + (a * d);
            d = Math.Abs(d) < tiny ? tiny : d;
            c = x + (a / c);
            c = Math.Abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.Abs(delta - 1) < 1e-16)
            {
                break;
            }
        }

        return Math.Exp(-x * x) / Math.Sqrt(Math.PI) / f;
    }

    /// <summary>Inverse of erf on (-1, 1): Giles' approximation refined by Newton steps on erf.</summary>
    public static double ErfInv(double y)
    {
        if (double.IsNaN(y) || y < -1 || y > 1)
        {
            return double.NaN;
        }

        if (y == 1)
        {
            return double.PositiveInfinity;
        }

        if (y == -1)
        {
            return double.NegativeInfinity;
        }

        double w = -Math.Log((1 - y) * (1 + y));
        double p;
        if (w < 5)
        {
            w -= 2.5;
            p = 2.81022636e-08;
            p = 3.43273939e-07 + (p * w);
            p = -3.5233877e-06 + (p * w);
            p = -4.39150654e-06 + (p * w);
            p = 0.00021858087 + (p * w);
            p = -0.00125372503 + (p * w);
            p = -0.00417768164 + (p * w);
            p = 0.246640727 + (p * w);
            p = 1.50140941 + (p * w);
        }
        else
        {
            w = Math.Sqrt(w) - 3;
            p = -0.000200214257;
            p = 0.000100950558 + (p * w);
            p = 0.00134934322 + (p * w);
            p = -0.00367342844 + (p * w);
            p = 0.00573950773 + (p * w);
            p = -0.0076224613 + (p * w);
            p = 0.00943887047 + (p * w);
            p = 1.00167406 + (p * w);
            p = 2.83297682 + (p * w);
        }

        double x = p * y;
        for (int i = 0; i < 3; i++)
        {
            double err = Erf(x) - y;
            x -= err / (2 / Math.Sqrt(Math.PI) * Math.Exp(-x * x));
        }

        return x;
    }

    /// <summary>exp(-|x|) I1(x), the exponentially scaled modified Bessel function of order one.</summary>
    public static double BesselI1e(double x)
    {
        double ax = Math.Abs(x);
        if (double.IsNaN(x))
        {
            return x;
        }

        if (ax < 20)
        {
            double half = x / 2;
            double term = half;
            double sum = term;
            for (int k = 1; k < 200; k++)
            {
                term *= half * half / (k * (k + 1.0));
                sum += term;
                if (Math.Abs(term) < 1e-17 * Math.Abs(sum))
                {
                    break;
                }
            }

            return sum * Math.Exp(-ax);
        }

        // asymptotic: I1(x) e^-x ~ 1/sqrt(2πx) (1 - 3/(8x) - 15/(128x²) - ...)
        double inv = 1 / (8 * ax);
        double series = 1;
        double t = 1;
        for (int k = 1; k < 30; k++)
        {
            double m = ((2 * k) - 1) * ((2 * k) - 1);
            t *= -(4 - m) * inv / k;
            series += t;
            if (Math.Abs(t) < 1e-17)
            {
                break;
            }
        }

        double value = series / Math.Sqrt(2 * Math.PI * ax);
        return x < 0 ? -value : value;
    }
}
