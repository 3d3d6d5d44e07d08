"""Native reference for `npm run bench`: trains the bench's MNIST autoencoder (784-256-64-256-784, ReLU,
sigmoid output, binary cross-entropy on logits, Adam 0.001 with epsilon 1e-7, batch 128) on the same 10,000
MNIST images the playground uses, read from public/data, and prints one JSON line with samples per second.

Uses PyTorch when it imports; otherwise, with --numpy-fallback, a hand-written NumPy version of the same
maths (labelled as such). Usage: python3 native_mnist.py <data folder> <seconds> [--numpy-fallback]
"""

import gzip
import json
import sys
import time
from pathlib import Path

import numpy as np

TRAIN_COUNT = 10_000
BATCH = 128
WIDTHS = [784, 256, 64, 256, 784]
LEARNING_RATE, BETA1, BETA2, EPSILON = 0.001, 0.9, 0.999, 1e-7


def load_images(data_folder: Path, count: int) -> np.ndarray:
    """The first `count` MNIST training images as float32 rows in [0, 1] (chunk: labels, then pixels)."""
    manifest = json.loads((data_folder / "manifest.json").read_text())
    rows = []
    for chunk in manifest["datasets"]["mnist"]["splits"]["train"]["chunks"]:
        raw = gzip.decompress((data_folder / chunk["file"]).read_bytes())
        pixels = np.frombuffer(raw, dtype=np.uint8, offset=chunk["count"]).reshape(chunk["count"], 784)
        rows.append(pixels)
        if sum(len(r) for r in rows) >= count:
            break
    return (np.concatenate(rows)[:count].astype(np.float32)) / 255.0


def batches(images: np.ndarray, rng: np.random.Generator):
    """Endless mini-batches over shuffled epochs; the last batch of an epoch may be short."""
    while True:
        order = rng.permutation(len(images))
        for start in range(0, len(images), BATCH):
            yield images[order[start : start + BATCH]]


def time_training(step, images: np.ndarray, seconds: float) -> dict:
    """Runs `step` for a one-second warm-up, then for `seconds`; returns samples per second and the last loss."""
    source = batches(images, np.random.default_rng(1))
    warm_end = time.perf_counter() + 1.0
    while time.perf_counter() < warm_end:
        step(next(source))
    samples, loss, start = 0, float("nan"), time.perf_counter()
    while time.perf_counter() - start < seconds:
        batch = next(source)
        loss = step(batch)
        samples += len(batch)
    return {"samplesPerSecond": samples / (time.perf_counter() - start), "loss": float(loss)}


def torch_step(torch):
    """One PyTorch training step on a batch, returning the loss."""
    torch.manual_seed(1)
    layers = []
    for index, (fan_in, fan_out) in enumerate(zip(WIDTHS, WIDTHS[1:])):
        layers.append(torch.nn.Linear(fan_in, fan_out))
        if index < len(WIDTHS) - 2:
            layers.append(torch.nn.ReLU())
    model = torch.nn.Sequential(*layers)
    optimizer = torch.optim.Adam(model.parameters(), lr=LEARNING_RATE, betas=(BETA1, BETA2), eps=EPSILON)
    loss_fn = torch.nn.BCEWithLogitsLoss()

    def step(batch: np.ndarray) -> float:
        x = torch.from_numpy(batch)
        optimizer.zero_grad(set_to_none=True)
        loss = loss_fn(model(x), x)
        loss.backward()
        optimizer.step()
        return loss.item()

    return step


def numpy_step():
    """The same training step written out in NumPy: forward, backward and Adam by hand."""
    rng = np.random.default_rng(1)
    params = []
    for fan_in, fan_out in zip(WIDTHS, WIDTHS[1:]):
        limit = np.sqrt(6 / (fan_in + fan_out))
        params += [rng.uniform(-limit, limit, (fan_in, fan_out)).astype(np.float32), np.zeros(fan_out, np.float32)]
    moments = [[np.zeros_like(p), np.zeros_like(p)] for p in params]
    state = {"t": 0}

    def step(x: np.ndarray) -> float:
        activations = [x]
        for layer in range(len(WIDTHS) - 1):
            z = activations[-1] @ params[2 * layer] + params[2 * layer + 1]
            activations.append(z if layer == len(WIDTHS) - 2 else np.maximum(z, 0))
        logits = activations[-1]
        loss = np.mean(np.maximum(logits, 0) - logits * x + np.log1p(np.exp(-np.abs(logits))))
        grad = (1 / (1 + np.exp(-logits)) - x) / logits.size
        grads = [None] * len(params)
        for layer in reversed(range(len(WIDTHS) - 1)):
            if layer < len(WIDTHS) - 2:
                grad = grad * (activations[layer + 1] > 0)
            grads[2 * layer] = activations[layer].T @ grad
            grads[2 * layer + 1] = grad.sum(axis=0)
            if layer > 0:
                grad = grad @ params[2 * layer].T
        state["t"] += 1
        correction = np.sqrt(1 - BETA2 ** state["t"]) / (1 - BETA1 ** state["t"])
        for param, g, (m, v) in zip(params, grads, moments):
            m *= BETA1
            m += (1 - BETA1) * g
            v *= BETA2
            v += (1 - BETA2) * g * g
            param -= LEARNING_RATE * correction * m / (np.sqrt(v) + EPSILON)
        return float(loss)

    return step


def main() -> None:
    data_folder, seconds = Path(sys.argv[1]), float(sys.argv[2])
    images = load_images(data_folder, TRAIN_COUNT)
    try:
        import torch
    except ImportError as error:
        if "--numpy-fallback" not in sys.argv:
            print(json.dumps({"available": False, "reason": f"PyTorch is not importable ({error})"}))
            return
        result = time_training(numpy_step(), images, seconds)
        engine = f"NumPy {np.__version__}, hand-written backprop, 1 BLAS thread (no PyTorch)"
        print(json.dumps({"available": True, "engine": engine, **result}))
        return
    torch.set_num_threads(2)
    result = time_training(torch_step(torch), images, seconds)
    print(json.dumps({"available": True, "engine": f"PyTorch {torch.__version__}, 2 threads", **result}))


if __name__ == "__main__":
    main()
