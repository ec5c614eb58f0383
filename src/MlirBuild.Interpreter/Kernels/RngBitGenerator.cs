using System.Numerics;
using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Kernels;

/// <summary>
/// rng_bit_generator with THREE_FRY, bit-exact with XLA: the state is [key, counter] (u64); every output word i is
/// Threefry-2x32 (20 rounds) of counter + i under the key; the new state advances the counter by the words used.
/// </summary>
public static class RngBitGenerator
{
    public static Tensor[] ThreeFry(Tensor state, ElementType outputType, int[] outputShape)
    {
        if (state.ElementType.ByteSize != 8 || state.ElementCount < 2)
        {
            throw new InterpreterException($"rng_bit_generator THREE_FRY needs a state of two 64-bit words, got {state}");
        }

        var words = ElementCodec.ToLongs(state);
        ulong key = (ulong)words[0];
        ulong counter = (ulong)words[1];
        int count = ShapeMath.Count(outputShape);
        var result = Tensor.Create(outputType, outputShape, out var buffer);
        ulong used;
        if (outputType.ByteSize == 8)
        {
            for (int i = 0; i < count; i++)
            {
                var (x0, x1) = Block(counter + (ulong)i, key);
                ElementCodec.WriteLong(outputType, buffer, i, (long)(x0 | ((ulong)x1 << 32)));
            }

            used = (ulong)count;
        }
        else
        {
            // 32-bit words come in pairs: all first halves, then all second halves; narrower types truncate
            int half = (count + 1) / 2;
            for (int i = 0; i < half; i++)
            {
                var (x0, x1) = Block(counter + (ulong)i, key);
                WriteWord(outputType, buffer, i, x0);
                if (half + i < count)
                {
                    WriteWord(outputType, buffer, half + i, x1);
                }
            }

            used = (ulong)half;
        }

        var newState = (long[])words.Clone();
        newState[1] = (long)(counter + used);
        return [ElementCodec.FromLongs(state.ElementType, state.Shape, newState), result];
    }

    private static void WriteWord(ElementType type, byte[] buffer, int index, uint word)
    {
        if (type.IsFloat)
        {
            throw new InterpreterException("rng_bit_generator produces integer bits");
        }

        ElementCodec.WriteLong(type, buffer, index, word);
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
}
