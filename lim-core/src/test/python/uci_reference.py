"""scikit-learn reference for the UCI figures in docs/model.md.

Run with Debian's Python (scikit-learn 1.2.1, pandas 1.5.3):
    /usr/bin/python3 lim-core/src/test/python/uci_reference.py DATA_DIR OUT_DIR
It prints the 5-fold stratified cross-validated ROC AUC (shuffled, seeds 1 to 5) of a
logistic regression (C=1, numeric columns standardised, text one-hot), on the file's columns
and on the inputs the uci plugin gives LIM (no school column; data.csv without protected
columns, and without second-semester columns for the early-warning figure), and writes the seed-1
fold of every row to OUT_DIR/por_folds.txt and OUT_DIR/dropout_folds.txt, so that
UciRealDataTest can score LIM on the very same folds (-Dlim.uci.folds=OUT_DIR).
"""
import os
import sys

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

PROTECTED = ["sex", "age", "address", "famsize", "Pstatus", "Medu", "Fedu", "Mjob", "Fjob",
             "guardian"]
# The protected attributes of data.csv, as the uci-dropout cohort source maps them.
DROPOUT_PROTECTED = ["Marital status", "Nacionality", "Gender", "Age at enrollment",
                     "International", "Mother's qualification", "Father's qualification",
                     "Mother's occupation", "Father's occupation"]


def cross_validate(x, y, label):
    numeric = x.select_dtypes(exclude="object").columns
    text = x.select_dtypes(include="object").columns
    for seed in range(1, 6):
        aucs = []
        pooled = np.zeros(len(y))
        for train, test in StratifiedKFold(5, shuffle=True, random_state=seed).split(x, y):
            pre = ColumnTransformer([("n", StandardScaler(), numeric),
                                     ("c", OneHotEncoder(handle_unknown="ignore"), text)])
            model = make_pipeline(pre, LogisticRegression(max_iter=5000))
            model.fit(x.iloc[train], y[train])
            pooled[test] = model.predict_proba(x.iloc[test])[:, 1]
            aucs.append(roc_auc_score(y[test], pooled[test]))
        print(f"{label}: seed {seed} mean {np.mean(aucs):.4f} pooled {roc_auc_score(y, pooled):.4f}")


def write_folds(x, y, path):
    folds = np.zeros(len(y), dtype=int)
    for k, (_, test) in enumerate(StratifiedKFold(5, shuffle=True, random_state=1).split(x, y)):
        folds[test] = k
    with open(path, "w") as out:
        out.write("\n".join(map(str, folds)) + "\n")


def main(data, out):
    por = pd.read_csv(os.path.join(data, "uci-student-performance", "student-por.csv"), sep=";")
    y = (por.G3 < 10).astype(int).values
    cross_validate(por.drop(columns=["G2", "G3"]), y, "por, all columns but G2/G3")
    cross_validate(por.drop(columns=["G2", "G3"] + PROTECTED), y, "por, protected excluded")
    # The uci cohort source makes the school column the student's school id, not an input.
    cross_validate(por.drop(columns=["school", "G2", "G3"]), y, "por, all but school/G2/G3")
    cross_validate(por.drop(columns=["school", "G2", "G3"] + PROTECTED), y,
                   "por, protected and school excluded")
    write_folds(por, y, os.path.join(out, "por_folds.txt"))
    dropout = pd.read_csv(os.path.join(data, "uci-predict-students-dropout", "data.csv"), sep=";",
                          encoding="utf-8-sig")
    dropout.columns = [c.strip() for c in dropout.columns]
    y = (dropout.Target == "Dropout").astype(int).values
    cross_validate(dropout.drop(columns=["Target"]), y, "dropout, all 36 columns")
    cross_validate(dropout.drop(columns=["Target"] + DROPOUT_PROTECTED), y,
                   "dropout, protected excluded")
    second = [c for c in dropout.columns if "2nd sem" in c]
    cross_validate(dropout.drop(columns=["Target"] + DROPOUT_PROTECTED + second), y,
                   "dropout, protected excluded, after semester 1")
    write_folds(dropout, y, os.path.join(out, "dropout_folds.txt"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
