class Classifier:
    def __init__(self, model):
        self.model = model

    def predict(self, batch):
        self.model.eval()
        return self.model(batch)


def evaluate(model, batch):
    return Classifier(model).predict(batch)
