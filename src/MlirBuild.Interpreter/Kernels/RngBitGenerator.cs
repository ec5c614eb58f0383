using System.Numerics;
using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Kernels;

/// <summary>
/// rng_bit_generator, bit-exact with XLA's expansion (RngBitGeneratorExpander + prng). The state's first 64-bit word
/// is the key. THREE_FRY: the second word is a counter; 64-bit outputs take Threefry-2x32 (20 rounds) of counter + i;
/// 32-bit and narrower outputs split one dimension into pairs that share a block. PHILOX (and DEFAULT, which XLA's CPU
/// and GPU backends expand as PHILOX): a 128-bit counter (state[1], state[2]; or, for a two-word state, low = state[1]
/// and high = the key), Philox-4x32 with 10 rounds, the four words of block i going to outputs 4i..4i+3 (two 64-bit
/// outputs per block for 64-bit types). Narrow types keep the low bits of 32-bit words.
/// </summary>
public static class RngBitGenerator
{
    public static Tensor[] Generate(string algorithm, Tensor state, ElementType outputType, int[] outputShape) => algorithm switch
    {
        "THREE_FRY" => ThreeFry(state, outputType, outputShape),
        "PHILOX" or "DEFAULT" => Philox(state, outputType, outputShape),
        _ => throw new InterpreterException($"rng_bit_generator algorithm {algorithm} is not supported"),
    };

    public static Tensor[] ThreeFry(Tensor state, ElementType outputType, int[] outputShape)
    {
        var words = StateWords(state, 2, "THREE_FRY");
        ulong key = words[0];
        ulong counter = words[1];
        int count = ShapeMath.Count(outputShape);
        var result = Tensor.Create(outputType, outputShape, out var buffer);
        ulong used;
        if (outputType.ByteSize == 8)
        {
            for (int i = 0; i < count; i++)
            {
                var (x0, x1) = Block(counter + (ulong)i, key);
                WriteWord(outputType, buffer, i, x0 | ((ulong)x1 << 32));
            }

            used = (ulong)count;
        }
        else
        {
            // XLA splits one dimension s (the first even one, else the largest) into pairs: output element with
            // index[s] = 2a + k takes word k of the block whose counter offset is the row-major position of the
            // element with index[s] = a in the half shape.
            int rank = outputShape.Length;
            int split = SplitDimension(outputShape);
            var half = rank == 0 ? [1] : outputShape.ToArray();
            if (rank > 0)
            {
                half[split] = (half[split] + 1) / 2;
            }

            var halfStrides = ShapeMath.Strides(half);
            var index = new int[rank];
            for (int i = 0; i < count; i++)
            {
                long position = 0;
                int k = 0;
                for (int d = 0; d < rank; d++)
                {
                    int v = index[d];
                    if (d == split)
                    {
                        k = v & 1;
                        v >>= 1;
                    }

                    position += (long)v * halfStrides[d];
                }

                var (x0, x1) = Block(counter + (ulong)position, key);
                WriteWord(outputType, buffer, i, k == 0 ? x0 : x1);
                ShapeMath.Next(index, outputShape);
            }

            used = (ulong)ShapeMath.Count(half);
        }

        var newState = (ulong[])words.Clone();
        newState[1] = counter + used;
        return [StateTensor(state, newState), result];
    }

    public static Tensor[] Philox(Tensor state, ElementType outputType, int[] outputShape)
    {
        var words = StateWords(state, 2, "PHILOX");
        ulong key = words[0];
        bool threeWords = words.Length >= 3;
        ulong low = words[1];
        ulong high = threeWords ? words[2] : words[0];
        int count = ShapeMath.Count(outputShape);
        var result = Tensor.Create(outputType, outputShape, out var buffer);
        bool wide = outputType.ByteSize == 8;
        long blocks = wide ? (count + 1L) / 2 : (count + 3L) / 4;
        for (long b = 0; b < blocks; b++)
        {
            ulong lo = low + (ulong)b;
            ulong hi = lo < low ? high + 1 : high;
            var x = PhiloxBlock(lo, hi, key);
            if (wide)
            {
                for (int j = 0; j < 2 && (2 * b) + j < count; j++)
                {
                    WriteWord(outputType, buffer, (int)((2 * b) + j), x[2 * j] | ((ulong)x[(2 * j) + 1] << 32));
                }
            }
            else
            {
                for (int j = 0; j < 4 && (4 * b) + j < count; j++)
                {
                    WriteWord(outputType, buffer, (int)((4 * b) + j), x[j]);
                }
            }
        }

        ulong newLow = low + (ulong)blocks;
        ulong newHigh = newLow < low ? high + 1 : high;
        var newState = (ulong[])words.Clone();
        newState[1] = newLow;
        if (threeWords)
        {
            newState[2] = newHigh; // a two-word state keeps only the low counter word (XLA drops the carry)
        }

        return [StateTensor(state, newState), result];
    }

    /// <summary>Philox-4x32 with 10 rounds on the 128-bit counter (lo, hi) under a 64-bit key.</summary>
    public static uint[] PhiloxBlock(ulong lo, ulong hi, ulong key)
    {
        const uint multiplierA = 0xD2511F53;
        const uint multiplierB = 0xCD9E8D57;
        const uint weylA = 0x9E3779B9;
        const uint weylB = 0xBB67AE85;
        uint x0 = (uint)lo, x1 = (uint)(lo >> 32), x2 = (uint)hi, x3 = (uint)(hi >> 32);
        uint k0 = (uint)key, k1 = (uint)(key >> 32);
        for (int round = 0; round < 10; round++)
        {
            ulong p0 = (ulong)x0 * multiplierA;
            ulong p1 = (ulong)x2 * multiplierB;
            (x0, x1, x2, x3) = ((uint)(p1 >> 32) ^ x1 ^ k0, (uint)p1, (uint)(p0 >> 32) ^ x3 ^ k1, (uint)p0);
            k0 += weylA;
            k1 += weylB;
        }

        return [x0, x1, x2, x3];
    }

    /// <summary>Threefry-2x32 with 20 rounds on the two halves of <paramref name="input"/>.</summary>
    public static (uint X0, uint X1) Block(ulong input, ulong key)
    {
        uint k0 = (uint)key;
        uint k1 = (uint)(key >> 32);
        uint k2 = 0x1BD11BDA ^ k0 ^ k1;
        uint[] ks = [k0, k1, k2];
        int[] rotations = [13, 15, 26, 6, 17, 29, 16, 24];
        uint x0 = (uint)input + k0;
        uint x1 = (uint)(input >> 32) + k1;
        for (int group = 0; group < 5; group++)
        {
            int offset = (group % 2) * 4;
            for (int r = 0; r < 4; r++)
            {
                x0 += x1;
                x1 = BitOperations.RotateLeft(x1, rotations[offset + r]);
                x1 ^= x0;
            }

            x0 += ks[(group + 1) % 3];
            x1 += ks[(group + 2) % 3] + (uint)(group + 1);
        }

        return (x0, x1);
    }

    /// <summary>The dimension XLA halves for 32-bit Threefry output: the first even one, else the largest.</summary>
    private static int SplitDimension(int[] shape)
    {
        for (int i = 0; i < shape.Length; i++)
        {
            if (shape[i] % 2 == 0)
            {
                return i;
            }
        }

        int best = 0;
        for (int i = 1; i < shape.Length; i++)
        {
            if (shape[i] > shape[best])
            {
                best = i;
            }
        }

        return best;
    }

    private static ulong[] StateWords(Tensor state, int minimum, string algorithm)
    {
        if (state.ElementType.ByteSize != 8 || !state.ElementType.IsInteger || state.Rank != 1 || state.ElementCount < minimum)
        {
            throw new InterpreterException($"rng_bit_generator {algorithm} needs a state of at least {minimum} 64-bit words, got {state}");
        }

        return ElementCodec.ToLongs(state).Select(w => (ulong)w).ToArray();
    }

    private static Tensor StateTensor(Tensor state, ulong[] words) =>
        ElementCodec.FromLongs(state.ElementType, state.Shape, words.Select(w => (long)w).ToArray());

    private static void WriteWord(ElementType type, byte[] buffer, int index, ulong word)
    {
        if (!type.IsInteger)
        {
            throw new InterpreterException($"rng_bit_generator produces integer bits, not {type}");
        }

        ElementCodec.WriteLong(type, buffer, index, (long)word);
    }
}
