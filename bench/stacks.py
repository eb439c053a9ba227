"""Summarises `jfr print --events jdk.ExecutionSample` text from stdin: the hottest methods by self time, and
the frames of com.consulting.cse, Spring, Jackson, the MongoDB driver and the store by inclusive time."""
import re
import sys
from collections import Counter

FRAME = re.compile(r"^\s+([\w$.<>/]+)\(.*line:")
samples, self_time, inclusive = 0, Counter(), Counter()
stack = []


def flush():
    global samples, stack
    if stack:
        samples += 1
        self_time[stack[0]] += 1
        for frame in set(stack):
            inclusive[frame] += 1
    stack = []


for line in sys.stdin:
    if line.startswith("jdk.ExecutionSample"):
        flush()
    match = FRAME.match(line)
    if match:
        stack.append(match.group(1))
flush()

print(f"\n{samples} samples\n\nself time:")
for frame, count in self_time.most_common(40):
    print(f"{100 * count / samples:6.1f}%  {frame}")
print("\ninclusive time:")
interesting = ("com.consulting.cse", "org.springframework", "tools.jackson", "com.mongodb", "de.bwaldvogel",
               "org.h2", "org.apache", "java.io.ObjectOutputStream", "java.io.ObjectInputStream")
for frame, count in inclusive.most_common(400):
    if frame.startswith(interesting) and count * 100 >= samples:
        print(f"{100 * count / samples:6.1f}%  {frame}")
