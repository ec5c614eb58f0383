// ResNet-style block on TensorFlow.js's CPU backend: y = relu(batch_norm(conv3x3(x, w)) + x).
// Inputs follow the same integer formula as the C# driver, so both compute the same numbers.
const tf = require('@tensorflow/tfjs-core');
require('@tensorflow/tfjs-backend-cpu');

const H = 224, W = 224, C = 64, RUNS = Number(process.env.RUNS || 3);
function pattern(n, mul, scale) {
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = ((i * mul) % 1000) / 1000 * scale - scale / 2;
  return a;
}

async function main() {
  await tf.setBackend('cpu');
  const x = tf.tensor4d(pattern(H * W * C, 7919, 1), [1, H, W, C]);
  const w = tf.tensor4d(pattern(3 * 3 * C * C, 104729, 0.1), [3, 3, C, C]);
  const scale = tf.tensor1d(pattern(C, 31, 1).map(v => v + 1));
  const offset = tf.tensor1d(pattern(C, 37, 0.2));
  const mean = tf.tensor1d(pattern(C, 41, 0.2));
  const variance = tf.tensor1d(pattern(C, 43, 0.5).map(v => v + 1));
  const block = () => tf.tidy(() => tf.relu(tf.add(tf.batchNorm(tf.conv2d(x, w, 1, 'same'), mean, variance, offset, scale, 1e-3), x)));
  block().dispose(); // warm-up
  const times = [];
  let checksum = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = process.hrtime.bigint();
    const y = block();
    const data = y.dataSync();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r === 0) { for (let i = 0; i < data.length; i += 997) checksum += data[i]; }
    y.dispose();
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ backend: tf.getBackend(), medianMs: times[Math.floor(times.length / 2)], times, checksum }));
}
main();
